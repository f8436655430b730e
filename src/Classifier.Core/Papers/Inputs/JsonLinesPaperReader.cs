using System.Text.Json;

namespace Classifier.Core.Papers.Inputs;

/// <summary>Reads papers from JSON Lines: one object per line with title, summary and id; blank lines are skipped.</summary>
public sealed class JsonLinesPaperReader : IPaperReader
{
    public static JsonLinesPaperReader Instance { get; } = new();

    /// <summary>Streams one paper per line, holding only the current line (at most <see cref="RecordLimits.MaxRecordChars"/>) in memory.</summary>
    public IEnumerable<Paper> Read(string path)
    {
        using var reader = new BoundedLineReader(path);
        while (reader.ReadLine() is { } text)
        {
            var line = reader.LineNumber;
            if (!string.IsNullOrWhiteSpace(text))
            {
                yield return ToPaper(Parse(text, path, line), new SourceLocation(path, line));
            }
        }
    }

    private static JsonLinesRecord Parse(string text, string path, int line)
    {
        try
        {
            return JsonSerializer.Deserialize(text, JsonLinesRecordContext.Default.JsonLinesRecord)
                ?? throw new InputException(path, line, "expected a JSON object, found null");
        }
        catch (JsonException exception)
        {
            throw new InputException(path, line, $"not a valid JSON object: {exception.Message.Split(" Path:")[0].TrimEnd('.')}", exception);
        }
    }

    private static Paper ToPaper(JsonLinesRecord record, SourceLocation location)
    {
        var title = record.Title?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            throw new InputException(location.File, location.Line, "the object has no \"title\" or it is empty");
        }
        return new Paper
        {
            Title = title,
            Summary = record.Summary?.Trim() ?? "",
            ArxivId = ArxivIds.FromTextOrKeep(record.Id),
            Source = location,
        };
    }
}
