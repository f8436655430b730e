using System.Security.Cryptography;

namespace Classifier.Core.Review.Decisions;

/// <summary>Names the model bundle that raised a flag, so a decision says which model it answered.</summary>
public static class ModelFingerprint
{
    private static readonly string[] BundleFiles = ["metadata.json", "model.zip", "oof.json", "embeddings.bin"];

    /// <summary>The first 16 hex digits of SHA-256 over the bundle's files (name, then bytes, in a fixed order); "none" without a bundle.</summary>
    public static string Of(string? bundleDirectory)
    {
        if (bundleDirectory is null)
        {
            return "none";
        }
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var name in BundleFiles)
        {
            var file = Path.Combine(bundleDirectory, name);
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(name + "\n"));
            if (File.Exists(file))
            {
                hash.AppendData(File.ReadAllBytes(file));
            }
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
