using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Classifier.Core.Tagging.Outputs;

/// <summary>Writes one CSV record per tagged paper: id, title, source, category (empty when none fits), confidence, top-k, the category that also fits (empty when none) and, when asked, reasons and nearest labelled papers.</summary>
public sealed class TagResultCsvWriter : ITagResultWriter
{
    private static readonly string[] Headers = ["id", "title", "source", "category", "confidence", "no_category_fits", "top", "also_fits", "also_fits_confidence"];

    /// <summary>Whether the records carry the reasons and neighbours columns; without them the tagger need not compute either.</summary>
    public bool Explain { get; init; } = true;

    /// <summary>Streams the results under a header row, flushing after each record.</summary>
    public void Write(IEnumerable<TagResult> results, TextWriter output, int top)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            // Lines end as the writer's do (\n on Linux stdout) rather than CsvHelper's RFC 4180 \r\n; a field with either
            // line-break character is still quoted, as RFC 4180 asks (with NewLine set CsvHelper would only look for \n).
            NewLine = output.NewLine,
            ShouldQuote = args => ConfigurationFunctions.ShouldQuote(args) || args.Field.AsSpan().IndexOfAny('\r', '\n') >= 0,
            // A cell that starts with = + - @ tab or CR is a formula to a spreadsheet; OWASP's advice: prefix it with '.
            InjectionOptions = InjectionOptions.Escape,
        };
        using var csv = new CsvWriter(output, configuration, leaveOpen: true);
        foreach (var header in Explain ? [.. Headers, "reasons", "neighbours"] : Headers)
        {
            csv.WriteField(header);
        }
        csv.NextRecord();
        foreach (var result in results)
        {
            csv.WriteField(result.Paper.ArxivId ?? "");
            csv.WriteField(result.Paper.Title);
            csv.WriteField(result.Paper.Source.ToString());
            csv.WriteField(result.Proposed?.Name ?? "");
            csv.WriteField(result.Confidence.ToString("0.0000", CultureInfo.InvariantCulture));
            csv.WriteField(result.NoCategoryFits ? "true" : "false");
            csv.WriteField(string.Join("; ", result.Ranked.Take(top).Select(s => $"{s.Category.Name}={s.Probability.ToString("0.0000", CultureInfo.InvariantCulture)}")));
            csv.WriteField(result.AlsoFits?.Category.Name ?? "");
            csv.WriteField(result.AlsoFits?.Probability.ToString("0.0000", CultureInfo.InvariantCulture) ?? "");
            if (Explain)
            {
                csv.WriteField(string.Join("; ", result.Reasons.Select(r => r.Ngram)));
                csv.WriteField(string.Join("; ", result.Neighbours));
            }
            csv.NextRecord();
            csv.Flush();
        }
    }
}
