using System.Globalization;
using System.Net;

namespace Classifier.Core.Review.Reports;

/// <summary>Renders one list's review as a self-contained HTML page (inline CSS, no scripts, no network), everything encoded.</summary>
internal sealed class HtmlReviewWriter
{
    /// <summary>Writes the page: a tally, the findings by severity (misfiles with evidence and their move's diff), then the structural diff.</summary>
    public void Write(ListReview review, SuggestedDiffs diffs, TextWriter html)
    {
        var title = $"Review of {Path.GetFileName(review.List.File)}";
        html.WriteLine("<!DOCTYPE html>");
        html.WriteLine($"<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{Encode(title)}</title>{Style}</head><body>");
        html.WriteLine($"<h1>{Encode(title)}</h1>");
        html.WriteLine($"<p class=\"file\">{Encode(review.List.File)}: {Tally(review)}</p>");
        foreach (var severity in Enum.GetValues<Severity>().Reverse())
        {
            WriteSeverity(review, diffs, severity, html);
        }
        if (diffs.Structural != "")
        {
            html.WriteLine("<h2>Structural repairs (what <code>cvclassify fix</code> shows)</h2>");
            WriteDiff(diffs.Structural, html);
        }
        html.WriteLine("</body></html>");
    }

    private static void WriteSeverity(ListReview review, SuggestedDiffs diffs, Severity severity, TextWriter html)
    {
        var indices = Enumerable.Range(0, review.Findings.Count).Where(i => review.Findings[i].Severity == severity).ToList();
        if (indices.Count == 0)
        {
            return;
        }
        var name = Name(severity);
        html.WriteLine($"<h2 class=\"{name}\">{char.ToUpperInvariant(name[0])}{name[1..]}s ({indices.Count})</h2>");
        foreach (var i in indices)
        {
            WriteFinding(review.Findings[i], i + 1, diffs.Moves[i], html);
        }
    }

    private static void WriteFinding(Finding finding, int number, string? diff, TextWriter html)
    {
        // Numbered ids let a message or a chat link point at one finding (review.html#finding-8).
        html.WriteLine($"<section class=\"finding {Name(finding.Severity)}\" id=\"finding-{number}\">");
        html.WriteLine($"<h3><span class=\"rule\">{Encode(finding.RuleId)}</span> line {finding.Location.Line} <span class=\"score\">score {Fixed(finding.Score)}</span></h3>");
        html.WriteLine($"<p>{Encode(finding.Message)}</p>");
        if (finding.SuggestedFix != "")
        {
            html.WriteLine($"<p class=\"fix\">Suggested fix: {Encode(finding.SuggestedFix)}</p>");
        }
        if (finding.Evidence is { } evidence)
        {
            WriteEvidence(evidence, html);
        }
        if (diff is not null)
        {
            WriteDiff(diff, html);
        }
        html.WriteLine("</section>");
    }

    private static void WriteEvidence(MisfileEvidence evidence, TextWriter html)
    {
        html.WriteLine($"<p>Filed under <b>{Encode(evidence.Current)}</b> (p={Fixed(evidence.CurrentProbability)}); proposed <b>{Encode(evidence.Proposed)}</b> (p={Fixed(evidence.ProposedProbability)}).</p>");
        var top = evidence.Probabilities.OrderByDescending(p => p.Value).Take(3).Select(p => $"{Encode(p.Key)} {Fixed(p.Value)}");
        html.WriteLine($"<p class=\"top\">Most probable: {string.Join(", ", top)}</p>");
        if (evidence.Reasons.Count > 0)
        {
            html.WriteLine("<p>Reasons:</p><ul class=\"reasons\">");
            evidence.Reasons.ToList().ForEach(r => html.WriteLine($"<li>{Encode(r)}</li>"));
            html.WriteLine("</ul>");
        }
    }

    private static void WriteDiff(string diff, TextWriter html)
    {
        html.Write("<pre class=\"diff\">");
        foreach (var line in diff.Split('\n'))
        {
            var kind = line.StartsWith("+++") || line.StartsWith("---") ? "head" : line.Length > 0 ? line[0] switch { '+' => "add", '-' => "del", '@' => "hunk", _ => "ctx" } : "ctx";
            // Spans are blocks, so a newline between them would add an empty line inside the pre.
            html.Write($"<span class=\"{kind}\">{Encode(line)}</span>");
        }
        html.WriteLine("</pre>");
    }

    private static string Tally(ListReview review)
    {
        var counts = Enum.GetValues<Severity>().Reverse().Select(s => $"{review.Findings.Count(f => f.Severity == s)} {Name(s)}");
        var hidden = review.HiddenRejections > 0 ? $"; {review.HiddenRejections} rejected misfile flag(s) hidden" : "";
        return string.Join(", ", counts) + hidden + (review.CheckedMisfiles ? "" : "; misfiles not checked (no model)");
    }

    private static string Name(Severity severity) => severity == Severity.Info ? "info" : severity.ToString().ToLowerInvariant();

    private static string Fixed(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private const string Style = """
        <style>
        body{font:15px/1.45 system-ui,sans-serif;margin:2em auto;padding:0 1em;max-width:70em;color:#111}
        h2.error{color:#b00020}h2.warning{color:#8a5a00}h2.info{color:#1f5fa8}
        .finding{border-left:4px solid #ccc;padding:.2em 1em;margin:1em 0;background:#fafafa}
        .finding.error{border-color:#b00020}.finding.warning{border-color:#e0a000}.finding.info{border-color:#1f5fa8}
        .rule{font-family:monospace;background:#eee;padding:0 .3em}.score{color:#666;font-weight:normal;font-size:90%}
        .fix{color:#205020}.file{color:#555}
        pre.diff{background:#f4f4f4;padding:.5em;overflow-x:auto;font-size:12px}
        pre.diff span{display:block}.add{background:#e6ffec}.del{background:#ffebe9}.hunk{color:#6f42c1}.head{color:#666}
        </style>
        """;
}
