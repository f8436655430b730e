using CsvHelper;

namespace Classifier.Core.Papers.Inputs;

/// <summary>Where title, summary and id sit in a CSV/TSV header, and how a record becomes a paper.</summary>
internal sealed record DelimitedColumns(int Title, int? Summary, int? Id, int Count)
{
    /// <summary>Finds the columns by name, ignoring case and surrounding space; the title column is required.</summary>
    public static DelimitedColumns Find(IReadOnlyList<string> header, string path)
    {
        int? IndexOf(string name)
        {
            for (var i = 0; i < header.Count; i++)
            {
                if (string.Equals(header[i].Trim(), name, StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }
            return null;
        }

        var title = IndexOf("title")
            ?? throw new InputException(path, 1, $"the header has no 'title' column (found: {string.Join(", ", header)})");
        return new DelimitedColumns(title, IndexOf("summary"), IndexOf("id"), header.Count);
    }

    public Paper ToPaper(IParser record, SourceLocation location)
    {
        if (record.Count < Count)
        {
            throw new InputException(location.File, location.Line,
                $"the record has {record.Count} field(s) but the header has {Count}");
        }
        var title = record[Title]?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            throw new InputException(location.File, location.Line, "the title is empty");
        }
        return new Paper
        {
            Title = title,
            Summary = Summary is { } s ? record[s]?.Trim() ?? "" : "",
            ArxivId = Id is { } i ? ArxivIds.FromTextOrKeep(record[i]) : null,
            Source = location,
        };
    }
}
