using System.Buffers;
using System.Text.Unicode;
using Classifier.Core.Files;

namespace Classifier.Core.Lists;

/// <summary>Reads a list file as UTF-8 text, refusing missing, oversized, binary and non-UTF-8 files with a one-line reason.</summary>
internal static class ListFileReader
{
    /// <summary>The largest list accepted: real lists are 20-30 KB, so 5 MB is generous and still cheap to parse.</summary>
    public const long MaxBytes = 5L * 1024 * 1024;

    public static string ReadText(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new ListReadException(path, 0, Directory.Exists(path) ? "a folder, not a list file" : "file not found");
        }
        if (info.Length > MaxBytes)
        {
            throw new ListReadException(path, 0, $"file is {info.Length / (1024.0 * 1024.0):F1} MB; lists over {MaxBytes / (1024 * 1024)} MB are refused");
        }
        var bytes = ReadBytes(path);
        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            throw new ListReadException(path, LineAt(bytes, nul), "binary content (a NUL byte), not a Markdown list");
        }
        return Decode(path, bytes);
    }

    // The length checked above can change, and a device or FIFO has none: the cap is on the bytes actually read.
    private static byte[] ReadBytes(string path)
    {
        try
        {
            return BoundedFile.ReadAllBytes(path, MaxBytes);
        }
        catch (BoundedReadException refused)
        {
            throw new ListReadException(path, 0, refused.Message[(path.Length + 2)..]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ListReadException(path, 0, e.Message);
        }
    }

    private static string Decode(string path, byte[] bytes)
    {
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }
        var chars = new char[span.Length];
        var status = Utf8.ToUtf16(span, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            var at = read + (bytes.Length - span.Length);
            throw new ListReadException(path, LineAt(bytes, at), $"not valid UTF-8 (byte 0x{bytes[at]:X2} at offset {at})");
        }
        return new string(chars, 0, written);
    }

    private static int LineAt(byte[] bytes, int index) => bytes.AsSpan(0, index).Count((byte)'\n') + 1;
}
