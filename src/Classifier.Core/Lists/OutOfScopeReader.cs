using System.Text.Json;
using System.Text.Json.Serialization;
using Classifier.Core.Papers;

namespace Classifier.Core.Lists;

/// <summary>Reads data/out-of-scope.jsonl: papers the lists leave out, labelled <see cref="Taxonomy.OutOfScope"/>, each with its month.</summary>
internal static class OutOfScopeReader
{
    public const string FileName = "out-of-scope.jsonl";

    /// <summary>The papers grouped by month; a line that is not a paper with a yyyy-MM month is a one-line error naming it.</summary>
    public static IReadOnlyList<(Month Month, Paper Paper)> Read(string path)
    {
        var papers = new List<(Month, Paper)>();
        var line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (!string.IsNullOrWhiteSpace(text))
            {
                papers.Add(ToPaper(Parse(text, path, line), path, line));
            }
        }
        return papers;
    }

    private static OutOfScopeRecord Parse(string text, string path, int line)
    {
        try
        {
            return JsonSerializer.Deserialize(text, OutOfScopeRecordContext.Default.OutOfScopeRecord)
                ?? throw new ListReadException(path, line, "expected a JSON object, found null");
        }
        catch (JsonException exception)
        {
            throw new ListReadException(path, line, $"not a valid JSON object: {exception.Message.Split(" Path:")[0].TrimEnd('.')}");
        }
    }

    private static (Month, Paper) ToPaper(OutOfScopeRecord record, string path, int line)
    {
        if (string.IsNullOrWhiteSpace(record.Title))
        {
            throw new ListReadException(path, line, "the object has no \"title\" or it is empty");
        }
        if (record.Month is not { Length: 7 } month || !int.TryParse(month[..4], out var year) || month[4] != '-'
            || !int.TryParse(month[5..], out var number) || number is < 1 or > 12)
        {
            throw new ListReadException(path, line, $"\"month\" must be yyyy-MM, found '{record.Month}'");
        }
        var paper = new Paper
        {
            Title = record.Title.Trim(),
            Summary = record.Summary?.Trim() ?? "",
            Note = string.IsNullOrWhiteSpace(record.Why) ? null : record.Why.Trim(),
            ArxivId = ArxivIds.FromTextOrKeep(record.Id),
            Category = Taxonomy.OutOfScope,
            Source = new SourceLocation(path, line),
        };
        return (new Month(year, number), paper);
    }
}

/// <summary>One line of out-of-scope.jsonl: the paper, its month, its summary (<c>""</c> when none) and the curator's <c>why</c> note.</summary>
internal sealed record OutOfScopeRecord(string? Id, string? Title, string? Month, string? Summary, string? Why);

[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(OutOfScopeRecord))]
internal sealed partial class OutOfScopeRecordContext : JsonSerializerContext;
