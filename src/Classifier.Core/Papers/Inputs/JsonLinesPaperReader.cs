using System.Text;
using System.Text.Json;

namespace Classifier.Core.Papers.Inputs;

/// <summary>Reads papers from JSON Lines: one object per line with a title and, optionally, summary (or abstract), id and url; blank lines are skipped.</summary>
public sealed class JsonLinesPaperReader : IPaperReader
{
    public static JsonLinesPaperReader Instance { get; } = new();

    /// <summary>Streams one paper per line, ignoring the fields no paper is read from.</summary>
    public IEnumerable<Paper> Read(string path) => Read(path, _ => { });

    /// <summary>Streams one paper per line, holding only the current line (at most <see cref="RecordLimits.MaxRecordChars"/>) in memory.</summary>
    /// <remarks>Warns once, at the first line with fields it ignores (one exporter writes the same keys on every line).</remarks>
    public IEnumerable<Paper> Read(string path, Action<string> warn)
    {
        var warned = false;
        IReadOnlyList<string> names = [];
        PaperFields? fields = null;
        var utf8 = new byte[1024];
        using var reader = new BoundedLineReader(path);
        while (reader.ReadLine() is { } text)
        {
            var line = reader.LineNumber;
            if (!string.IsNullOrWhiteSpace(text))
            {
                if (Encoding.UTF8.GetMaxByteCount(text.Length) > utf8.Length)
                {
                    utf8 = new byte[Encoding.UTF8.GetMaxByteCount(text.Length)];
                }
                var bytes = utf8.AsMemory(0, Encoding.UTF8.GetBytes(text, utf8));
                var record = JsonLinesRecord.TryParseFast(bytes, names) ?? Parse(text, path, line);
                // Lines of one file mostly share their fields; they are matched to the paper's fields once per layout.
                if (fields is null || !names.SequenceEqual(record.Names))
                {
                    names = record.Names;
                    fields = PaperFields.Of(names);
                }
                if (!warned && fields.Ignored.Count > 0)
                {
                    warn(PaperFields.IgnoredWarning(path, fields.Ignored));
                    warned = true;
                }
                yield return ToPaper(record, fields, new SourceLocation(path, line));
            }
        }
    }

    private static JsonLinesRecord Parse(string text, string path, int line)
    {
        try
        {
            return JsonLinesRecord.Parse(text, path, line);
        }
        catch (JsonException exception)
        {
            throw new InputException(path, line, $"not a valid JSON object: {exception.Message.Split(" Path:")[0].Split(" LineNumber:")[0].TrimEnd('.')}", exception);
        }
    }

    private static Paper ToPaper(JsonLinesRecord record, PaperFields fields, SourceLocation location)
    {
        var (path, line) = (location.File, location.Line);
        var title = record.Text(fields.Title, path, line)?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            throw new InputException(path, line, "the object has no \"title\" or it is empty");
        }
        var link = record.Text(fields.Link, path, line)?.Trim();
        return new Paper
        {
            Title = title,
            Summary = record.Text(fields.Summary, path, line)?.Trim() ?? "",
            // An id may be written as the number 2303.16203.
            ArxivId = PaperFields.ArxivId(record.Text(fields.Id, path, line, numberAllowed: true), link),
            PaperUrl = string.IsNullOrEmpty(link) ? null : link,
            Source = location,
        };
    }
}
