using CsvHelper;

namespace Classifier.Core.Papers.Inputs;

/// <summary>Where title, summary, id and link sit in a CSV/TSV header, and how a record becomes a paper.</summary>
internal sealed record DelimitedColumns(PaperFields Fields, int Count)
{
    /// <summary>Finds the columns by name (see <see cref="PaperFields"/>); the title column is required.</summary>
    public static DelimitedColumns Find(IReadOnlyList<string> header, string path)
    {
        var fields = PaperFields.Of(header);
        if (fields.Title is null)
        {
            throw new InputException(path, 1, $"the header has no 'title' column (found: {string.Join(", ", header)})");
        }
        return new DelimitedColumns(fields, header.Count);
    }

    public Paper ToPaper(IParser record, SourceLocation location)
    {
        if (record.Count < Count)
        {
            throw new InputException(location.File, location.Line,
                $"the record has {record.Count} field(s) but the header has {Count}");
        }
        var title = record[Fields.Title!.Value]?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            throw new InputException(location.File, location.Line, "the title is empty");
        }
        var link = Field(record, Fields.Link);
        return new Paper
        {
            Title = title,
            Summary = Field(record, Fields.Summary) ?? "",
            ArxivId = PaperFields.ArxivId(Field(record, Fields.Id), link),
            PaperUrl = string.IsNullOrEmpty(link) ? null : link,
            Source = location,
        };
    }

    private static string? Field(IParser record, int? index) => index is { } i ? record[i]?.Trim() : null;
}
