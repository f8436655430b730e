using System.Text;

namespace Classifier.Core.Papers.Inputs;

/// <summary>Reads lines of UTF-8 text (an invalid byte is an error at its line), refusing a line over <see cref="RecordLimits.MaxRecordChars"/> before it is all in memory.</summary>
internal sealed class BoundedLineReader(string path) : IDisposable
{
    private readonly StreamReader _reader = new(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
    private readonly InvalidUtf8Locator _utf8 = new(path);
    // Decoded text not yet returned: a line that lies inside it becomes a string at once, one that crosses its end is gathered in _line.
    private readonly char[] _buffer = new char[16 * 1024];
    private readonly StringBuilder _line = new();
    private int _start;
    private int _end;

    /// <summary>1-based number of the line last returned.</summary>
    public int LineNumber { get; private set; }

    /// <summary>The next line without its terminator; null at the end; <see cref="InputException"/> for bad text or a huge line.</summary>
    public string? ReadLine()
    {
        _line.Clear();
        LineNumber++;
        while (true)
        {
            if (_start == _end && !Fill())
            {
                return _line.Length == 0 ? null : Finish(_line.ToString());
            }
            var pending = _buffer.AsSpan(_start, _end - _start);
            var newline = pending.IndexOf('\n');
            var text = newline < 0 ? pending : pending[..newline];
            if (_line.Length + text.Length > RecordLimits.MaxRecordChars)
            {
                throw new InputException(path, LineNumber, RecordLimits.TooLarge("the line"));
            }
            _start += text.Length;
            if (newline < 0)
            {
                _line.Append(text);
                continue;
            }
            _start++;
            if (_line.Length == 0)
            {
                return Finish(text);
            }
            _line.Append(text);
            return Finish(_line.ToString());
        }
    }

    public void Dispose() => _reader.Dispose();

    private bool Fill()
    {
        _start = 0;
        _end = _reader.Read(_buffer);
        return _end > 0;
    }

    private string Finish(ReadOnlySpan<char> text)
    {
        var line = new string(text.EndsWith('\r') ? text[..^1] : text);
        _utf8.ThrowIfInvalid(line, LineNumber);
        return line;
    }
}
