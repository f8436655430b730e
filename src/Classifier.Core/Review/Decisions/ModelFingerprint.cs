using System.Security.Cryptography;
using Classifier.Core.Learning.Bundles;

namespace Classifier.Core.Review.Decisions;

/// <summary>Names the model bundle that raised a flag, so a decision says which model it answered; the bundle's manifest checks its files as a set with it.</summary>
public static class ModelFingerprint
{
    /// <summary>The first 16 hex digits of SHA-256 over the bundle's files (name, then bytes, in a fixed order); "none" without a bundle.</summary>
    public static string Of(string? bundleDirectory)
    {
        if (bundleDirectory is null)
        {
            return "none";
        }
        var files = ModelBundleStore.ModelFiles
            .Select(name => (Name: name, Path: Path.Combine(bundleDirectory, name)))
            .Where(file => File.Exists(file.Path))
            .ToDictionary(file => file.Name, file => File.ReadAllBytes(file.Path));
        return Of(files);
    }

    /// <summary>The same fingerprint over bytes already read (name to bytes; a missing file counts as empty).</summary>
    internal static string Of(IReadOnlyDictionary<string, byte[]> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var name in ModelBundleStore.ModelFiles)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(name + "\n"));
            if (files.TryGetValue(name, out var bytes))
            {
                hash.AppendData(bytes);
            }
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
