using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using System.Text;

namespace Classifier.Core.Papers.Inputs;

/// <summary>Reads papers from a CSV or TSV file whose header names the title and, optionally, the summary (or abstract), id and url, in any case.</summary>
public sealed class DelimitedPaperReader(string delimiter) : IPaperReader
{
    public static DelimitedPaperReader Csv { get; } = new(",");

    public static DelimitedPaperReader Tsv { get; } = new("\t");

    /// <summary>Streams one paper per record, ignoring what other columns hold.</summary>
    public IEnumerable<Paper> Read(string path) => Read(path, _ => { });

    /// <summary>Streams one paper per record; a record that spans lines is located at its first line.</summary>
    public IEnumerable<Paper> Read(string path, Action<string> warn)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter,
            DetectDelimiter = false,
            TrimOptions = TrimOptions.Trim,
            MaxFieldSize = RecordLimits.MaxRecordChars,
        };
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var utf8 = new InvalidUtf8Locator(path);
        using var csv = new CsvReader(reader, configuration);
        var columns = Guarded(path, 1, () => ReadHeader(csv, path));
        if (columns.Fields.Ignored.Count > 0)
        {
            warn(PaperFields.IgnoredWarning(path, columns.Fields.Ignored));
        }
        var lastLine = csv.Parser.RawRow;
        utf8.ThrowIfInvalid(csv.Parser.RawRecord, lastLine);
        while (Guarded(path, lastLine + 1, csv.Read))
        {
            var line = lastLine + 1;
            lastLine = csv.Parser.RawRow;
            utf8.ThrowIfInvalid(csv.Parser.RawRecord, lastLine);
            yield return Guarded(path, line, () => columns.ToPaper(csv.Parser, new SourceLocation(path, line)));
        }
    }

    private static DelimitedColumns ReadHeader(CsvReader csv, string path)
    {
        if (!csv.Read())
        {
            throw new InputException(path, 1, "the file is empty; expected a header naming title and summary");
        }
        csv.ReadHeader();
        return DelimitedColumns.Find(csv.HeaderRecord ?? [], path);
    }

    // CsvHelper checks a field's quotes when the field is read, not when the record is, so every access is guarded.
    private static T Guarded<T>(string path, int line, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (CsvHelperException exception)
        {
            throw new InputException(path, line, Reason(exception), exception);
        }
    }

    private static string Reason(CsvHelperException exception) => exception switch
    {
        MaxFieldSizeException => RecordLimits.TooLarge("a field"),
        BadDataException bad => $"malformed field (a stray quote?): {Clip(bad.Field)}",
        _ => $"malformed record: {FirstLine(exception.Message)}",
    };

    private static string Clip(string text) => text.Length > 60 ? text[..60] + "…" : text;

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
