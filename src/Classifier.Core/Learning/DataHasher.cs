using System.Security.Cryptography;
using System.Text;
using Classifier.Core.Papers;

namespace Classifier.Core.Learning;

/// <summary>Fingerprints training data so a bundle can say exactly what it learned from.</summary>
internal static class DataHasher
{
    /// <summary>Lower-case hex SHA-256 of "category TAB title TAB summary" lines in paper order.</summary>
    public static string Hash(IEnumerable<Paper> papers)
    {
        var text = new StringBuilder();
        foreach (var paper in papers)
        {
            text.Append(paper.Category?.Name).Append('\t').Append(paper.Title).Append('\t').Append(paper.Summary).Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
