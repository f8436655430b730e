using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Classifier.Core.Papers.Inputs;

/// <summary>Reads papers from a CSV or TSV file whose header names title, summary and (optionally) id, in any case.</summary>
public sealed class DelimitedPaperReader(string delimiter) : IPaperReader
{
    public static DelimitedPaperReader Csv { get; } = new(",");

    public static DelimitedPaperReader Tsv { get; } = new("\t");

    /// <summary>Streams one paper per record; a record that spans lines is located at its first line.</summary>
    public IEnumerable<Paper> Read(string path)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter,
            DetectDelimiter = false,
            TrimOptions = TrimOptions.Trim,
        };
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, configuration);
        var columns = ReadHeader(csv, path);
        var lastLine = csv.Parser.RawRow;
        while (ReadRecord(csv, path, lastLine + 1))
        {
            var line = lastLine + 1;
            lastLine = csv.Parser.RawRow;
            yield return columns.ToPaper(csv.Parser, new SourceLocation(path, line));
        }
    }

    private static DelimitedColumns ReadHeader(CsvReader csv, string path)
    {
        if (!ReadRecord(csv, path, 1))
        {
            throw new InputException(path, 1, "the file is empty; expected a header naming title and summary");
        }
        csv.ReadHeader();
        return DelimitedColumns.Find(csv.HeaderRecord ?? [], path);
    }

    private static bool ReadRecord(CsvReader csv, string path, int line)
    {
        try
        {
            return csv.Read();
        }
        catch (CsvHelperException exception)
        {
            throw new InputException(path, line, $"malformed record: {FirstLine(exception.Message)}", exception);
        }
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
