namespace Classifier.Core.Lists;

/// <summary>Collects replacements of 1-based line ranges and insertions after lines, then applies them to the source lines.</summary>
internal sealed class LineSplicer(string source)
{
    private readonly string[] _lines = source.Split('\n');
    private readonly bool _crlf = source.Contains("\r\n", StringComparison.Ordinal);
    private readonly SortedDictionary<int, (int Last, IReadOnlyList<string> Lines)> _replacements = [];
    private readonly Dictionary<int, List<string>> _insertions = [];

    public int LineCount => _lines.Length;

    public string Line(int line) => _lines[line - 1].TrimEnd('\r');

    public void Replace(int first, int last, params IReadOnlyList<string> lines) => _replacements[first] = (last, lines);

    public void InsertAfter(int line, string text)
    {
        if (!_insertions.TryGetValue(line, out var list))
        {
            _insertions[line] = list = [];
        }
        list.Add(text);
    }

    public string Apply()
    {
        var output = new List<string>(_lines.Length + 8);
        for (var n = 1; n <= _lines.Length; n++)
        {
            if (_replacements.TryGetValue(n, out var replacement))
            {
                output.AddRange(replacement.Lines.Select(Terminate));
                n = replacement.Last;
            }
            else
            {
                output.Add(_lines[n - 1]);
            }
            output.AddRange(_insertions.GetValueOrDefault(n, []).Select(Terminate));
        }
        return string.Join('\n', output);
    }

    private string Terminate(string line) => _crlf ? line + "\r" : line;
}
