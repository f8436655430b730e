using System.Globalization;

namespace Classifier.Core.Tagging;

/// <summary>A labelled paper close in meaning to the one being tagged or reviewed: its title, category, month and cosine similarity.</summary>
public sealed record Neighbour(string Title, string Category, string? Month, double Similarity)
{
    /// <summary>"'Neural Kernel Surface Reconstruction' (Image &amp; Video Reconstruction, May 2023)".</summary>
    public override string ToString() => $"'{Title}' ({Category}{(MonthName() is { } month ? $", {month}" : "")})";

    private string? MonthName() =>
        DateTime.TryParseExact(Month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("MMMM yyyy", CultureInfo.InvariantCulture)
            : Month;
}
