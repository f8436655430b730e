using System.Text;

namespace Classifier.Core.Papers.Inputs;

/// <summary>Reads lines of UTF-8 text (an invalid byte is an error at its line), refusing a line over <see cref="RecordLimits.MaxRecordChars"/> before it is all in memory.</summary>
internal sealed class BoundedLineReader(string path) : IDisposable
{
    private readonly StreamReader _reader = new(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
    private readonly InvalidUtf8Locator _utf8 = new(path);
    private readonly StringBuilder _line = new();

    /// <summary>1-based number of the line last returned.</summary>
    public int LineNumber { get; private set; }

    /// <summary>The next line without its terminator; null at the end; <see cref="InputException"/> for bad text or a huge line.</summary>
    public string? ReadLine()
    {
        _line.Clear();
        LineNumber++;
        while (true)
        {
            var c = Read();
            if (c < 0)
            {
                return _line.Length == 0 && _reader.EndOfStream ? null : Finish();
            }
            if (c == '\n')
            {
                return Finish();
            }
            if (_line.Length >= RecordLimits.MaxRecordChars)
            {
                throw new InputException(path, LineNumber, RecordLimits.TooLarge("the line"));
            }
            _line.Append((char)c);
        }
    }

    public void Dispose() => _reader.Dispose();

    private int Read() => _reader.Read();

    private string Finish()
    {
        var line = _line.Length > 0 && _line[^1] == '\r' ? _line.ToString(0, _line.Length - 1) : _line.ToString();
        _utf8.ThrowIfInvalid(line, LineNumber);
        return line;
    }
}
