using Classifier.Core.Text;

namespace Classifier.Core.Review.Reports;

/// <summary>Writes findings as a GitHub-flavoured Markdown table, for pasting into an issue or pull request.</summary>
public sealed class MarkdownFindingsWriter : IFindingsWriter
{
    /// <summary>Writes one table row per finding, or a sentence saying there were none.</summary>
    public void Write(IReadOnlyList<Finding> findings, TextWriter output)
    {
        if (findings.Count == 0)
        {
            output.WriteLine("No findings.");
            return;
        }
        output.WriteLine("| Severity | Rule | Location | Finding | Suggested fix | Score |");
        output.WriteLine("| --- | --- | --- | --- | --- | ---: |");
        foreach (var finding in findings)
        {
            output.WriteLine(
                $"| {finding.Severity.ToString().ToLowerInvariant()} | {Cell(finding.RuleId)} | {Cell(finding.Location.ToString())} " +
                $"| {Cell(finding.Message)} | {Cell(finding.SuggestedFix)} | {finding.Score:0.00} |");
        }
    }

    // A pipe ends a cell and a newline ends the row, so both must not reach the table raw; nor may a title's control
    // characters, which a terminal would obey when the table is printed there.
    private static string Cell(string text) =>
        TerminalText.Escape(text).Replace("\\", "\\\\").Replace("|", "\\|").ReplaceLineEndings("<br>");
}
