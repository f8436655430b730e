using System.Globalization;
using System.Net;
using Classifier.Core.Files;

namespace Classifier.Core.Evaluation;

/// <summary>Renders a confusion-matrix report as one self-contained HTML page (inline CSS, no scripts, no network).</summary>
public sealed class ConfusionMatrixHtmlWriter
{
    /// <summary>Writes the page to <paramref name="path"/> through a temp file and rename.</summary>
    public void WriteFile(string pageTitle, IReadOnlyList<ConfusionMatrixReport> reports, string path) =>
        SafeFileWriter.Write(path, writer => Write(pageTitle, reports, writer));

    /// <summary>Writes the page: a heading, then for each report its accuracy, heat-coloured matrix and per-label scores.</summary>
    public void Write(string pageTitle, IReadOnlyList<ConfusionMatrixReport> reports, TextWriter html)
    {
        html.WriteLine("<!DOCTYPE html>");
        html.WriteLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.WriteLine($"<title>{Encode(pageTitle)}</title>");
        html.WriteLine(Style);
        html.WriteLine("</head><body>");
        html.WriteLine($"<h1>{Encode(pageTitle)}</h1>");
        html.WriteLine("<p>Rows are the true category, columns the predicted one; shading is the share of the row " +
                       "(blue: right, red: confused).</p>");
        foreach (var report in reports)
        {
            WriteReport(report, html);
        }
        html.WriteLine("</body></html>");
    }

    private static void WriteReport(ConfusionMatrixReport report, TextWriter html)
    {
        html.WriteLine($"<h2>{Encode(report.Title)}</h2>");
        html.WriteLine($"<p>{report.Total} predictions, accuracy {Percent(report.Accuracy)}.</p>");
        WriteMatrix(report, html);
        WriteScores(report, html);
    }

    private static void WriteMatrix(ConfusionMatrixReport report, TextWriter html)
    {
        html.WriteLine("<table class=\"matrix\"><thead><tr><th>true \\ predicted</th>");
        foreach (var label in report.Labels)
        {
            html.WriteLine($"<th class=\"col\">{Encode(label)}</th>");
        }
        html.WriteLine("</tr></thead><tbody>");
        for (var row = 0; row < report.Labels.Count; row++)
        {
            var rowTotal = Enumerable.Range(0, report.Labels.Count).Sum(col => report.Counts[row, col]);
            html.Write($"<tr><th>{Encode(report.Labels[row])}</th>");
            for (var col = 0; col < report.Labels.Count; col++)
            {
                html.Write(Cell(report.Counts[row, col], rowTotal, row == col));
            }
            html.WriteLine("</tr>");
        }
        html.WriteLine("</tbody></table>");
    }

    private static string Cell(int count, int rowTotal, bool diagonal)
    {
        var share = rowTotal == 0 ? 0 : count / (double)rowTotal;
        // Blue for hits on the diagonal, red for confusions; strength is the share of the true category.
        var rgb = diagonal ? "33,102,172" : "202,0,32";
        var ink = share > 0.55 ? "#fff" : "#111";
        var alpha = share.ToString("0.###", CultureInfo.InvariantCulture);
        return $"<td style=\"background:rgba({rgb},{alpha});color:{ink}\" title=\"{Percent(share)} of the row\">{count}</td>";
    }

    private static void WriteScores(ConfusionMatrixReport report, TextWriter html)
    {
        html.WriteLine("<h3>Per category</h3>");
        html.WriteLine("<table class=\"scores\"><thead><tr><th>category</th><th>precision</th><th>recall</th><th>F1</th><th>support</th></tr></thead><tbody>");
        foreach (var score in report.Scores)
        {
            html.WriteLine($"<tr><th>{Encode(score.Label)}</th><td>{Fixed(score.Precision)}</td><td>{Fixed(score.Recall)}</td>" +
                           $"<td>{Fixed(score.F1)}</td><td>{score.Support}</td></tr>");
        }
        html.WriteLine("</tbody></table>");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Fixed(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Percent(double value) => value.ToString("0.0%", CultureInfo.InvariantCulture);

    private const string Style = """
        <style>
        body { font-family: system-ui, sans-serif; margin: 2rem; color: #111; }
        table { border-collapse: collapse; margin-bottom: 2rem; }
        th, td { border: 1px solid #ccc; padding: .35rem .6rem; }
        td { text-align: right; font-variant-numeric: tabular-nums; min-width: 2.5rem; }
        th { text-align: left; font-weight: 600; background: #f6f6f6; }
        .matrix th.col { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; }
        </style>
        """;
}
