using System.Security.Cryptography;
using System.Text.Json;
using Classifier.Core.Review.Decisions;

namespace Classifier.Core.Learning.Bundles;

/// <summary>
/// manifest.json: the SHA-256 of each of the bundle's files and their <see cref="ModelFingerprint"/> as one set, written
/// last; a reader whose bytes do not match it read a damaged bundle or parts of two (a swap during the read).
/// </summary>
internal sealed record BundleManifest(string Fingerprint, IReadOnlyDictionary<string, string> Files)
{
    public const string FileName = "manifest.json";

    /// <summary>The manifest of <paramref name="files"/> (name to bytes; the files of <see cref="ModelBundleStore.Files"/> that exist).</summary>
    public static BundleManifest Of(IReadOnlyDictionary<string, byte[]> files) => new(
        ModelFingerprint.Of(files),
        ModelBundleStore.Files.Where(files.ContainsKey).ToDictionary(name => name, name => Convert.ToHexStringLower(SHA256.HashData(files[name]))));

    /// <summary>Writes the manifest of the files in <paramref name="directory"/> beside them.</summary>
    public static void WriteFor(string directory)
    {
        var files = ModelBundleStore.Files
            .Where(name => File.Exists(Path.Combine(directory, name)))
            .ToDictionary(name => name, name => File.ReadAllBytes(Path.Combine(directory, name)));
        File.WriteAllText(Path.Combine(directory, FileName), JsonSerializer.Serialize(Of(files), ModelBundleStore.Json));
    }

    /// <summary>The first file whose bytes are not the ones listed (or is listed and absent, or present and not listed); null when the set matches.</summary>
    public string? FirstMismatch(IReadOnlyDictionary<string, byte[]> files)
    {
        var actual = Of(files);
        var mismatch = ModelBundleStore.Files.FirstOrDefault(name => actual.Files.GetValueOrDefault(name) != Files.GetValueOrDefault(name));
        return mismatch ?? (actual.Fingerprint == Fingerprint ? null : FileName);
    }
}
