using System.Buffers;
using System.Text.Unicode;

namespace Classifier.Core.Papers.Inputs;

/// <summary>Finds the line of the first invalid UTF-8 byte in a file; a decoder reads ahead a buffer at a time and cannot say.</summary>
/// <remarks>
/// Readers decode with replacement characters, so every record before the bad one is still read, and call
/// <see cref="ThrowIfInvalid"/> on a record holding U+FFFD: only then is the file scanned, once, to tell a replaced byte
/// from a real U+FFFD.
/// </remarks>
internal sealed class InvalidUtf8Locator(string path)
{
    private (int Line, byte Byte)? _first;
    private bool _scanned;

    /// <summary>Throws an <see cref="InputException"/> when the record ending at <paramref name="line"/> holds a replaced invalid byte.</summary>
    public void ThrowIfInvalid(string text, int line)
    {
        if (!text.Contains('\uFFFD', StringComparison.Ordinal))
        {
            return;
        }
        if (!_scanned)
        {
            _first = Find(path);
            _scanned = true;
        }
        if (_first is { } at && at.Line <= line)
        {
            throw new InputException(path, at.Line, $"not valid UTF-8 (byte 0x{at.Byte:X2})");
        }
    }

    /// <summary>The 1-based line and the byte of the first invalid UTF-8 sequence; null when the file is valid.</summary>
    public static (int Line, byte Byte)? Find(string path)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[64 * 1024];
        var chars = new char[buffer.Length];
        var carried = 0;
        var line = 1;
        int read;
        while ((read = stream.Read(buffer, carried, buffer.Length - carried)) > 0 || carried > 0)
        {
            var length = carried + read;
            var status = Utf8.ToUtf16(buffer.AsSpan(0, length), chars, out var consumed, out _, replaceInvalidSequences: false);
            line += buffer.AsSpan(0, consumed).Count((byte)'\n');
            if (status == OperationStatus.InvalidData || (status == OperationStatus.NeedMoreData && read == 0))
            {
                return (line, buffer[consumed]);
            }
            carried = length - consumed;
            buffer.AsSpan(consumed, carried).CopyTo(buffer);
        }
        return null;
    }
}
