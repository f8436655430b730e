using System.Buffers;
using System.Text.Unicode;

namespace Classifier.Core.Papers.Inputs;

/// <summary>Finds the line of the first invalid UTF-8 byte in a file, for the error message; a decoder reads ahead and cannot say.</summary>
internal static class InvalidUtf8Locator
{
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

    /// <summary>An <see cref="InputException"/> at the first invalid byte, or at <paramref name="fallbackLine"/> when none is found.</summary>
    public static InputException Error(string path, int fallbackLine, Exception inner) =>
        Find(path) is { } at
            ? new InputException(path, at.Line, $"not valid UTF-8 (byte 0x{at.Byte:X2})", inner)
            : new InputException(path, fallbackLine, "not valid UTF-8", inner);
}
