using System.Globalization;
using System.Security.Cryptography;

namespace Classifier.Core.Learning.Features.Embeddings;

/// <summary>
/// The SHA-256 of a model file, remembered beside it (<c>.sha256</c>: the file's length, last write time and hash) so that
/// a cold <c>tag</c> need not read 90 MB to learn it again: hashing took 120-250 ms of CPU beside the session's build.
/// </summary>
/// <remarks>
/// The record counts only while the file's length and last write time are the ones it names; any write to the model
/// changes them, and it is hashed again. A record that cannot be read or written costs only the hash.
/// </remarks>
internal static class ModelFileHash
{
    private const string Extension = ".sha256";

    /// <summary>The file's SHA-256 in lower-case hex: the remembered one when it still fits the file, else hashed (and remembered).</summary>
    public static string Of(string path)
    {
        var stamp = Stamp(path);
        var record = path + Extension;
        if (Remembered(record, stamp) is { } known)
        {
            return known;
        }
        string hash;
        using (var model = File.OpenRead(path))
        {
            hash = Convert.ToHexStringLower(SHA256.HashData(model));
        }
        // A file replaced while it was read is not remembered under either stamp.
        if (Stamp(path) == stamp)
        {
            MiniLmModelFile.WriteOnce(record, stream => stream.Write(System.Text.Encoding.ASCII.GetBytes($"{stamp} {hash}\n")));
        }
        return hash;
    }

    private static string Stamp(string path)
    {
        var info = new FileInfo(path);
        return string.Create(CultureInfo.InvariantCulture, $"{info.Length} {info.LastWriteTimeUtc.Ticks}");
    }

    private static string? Remembered(string record, string stamp)
    {
        try
        {
            var text = File.Exists(record) ? File.ReadAllText(record).Trim() : "";
            var hash = text.StartsWith(stamp + " ", StringComparison.Ordinal) ? text[(stamp.Length + 1)..] : "";
            return hash.Length == 64 && hash.All(Uri.IsHexDigit) && hash == hash.ToLowerInvariant() ? hash : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
