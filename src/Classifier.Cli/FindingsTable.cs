using Classifier.Core.Review;
using Classifier.Core.Text;
using Spectre.Console;

namespace Classifier.Cli;

/// <summary>Renders findings as a terminal table, worst first as given, with a one-line tally under it.</summary>
internal static class FindingsTable
{
    public static void Render(IAnsiConsole console, IReadOnlyList<Finding> findings)
    {
        if (findings.Count == 0)
        {
            console.WriteLine("No findings.");
            return;
        }
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Severity").AddColumn("Rule").AddColumn("Line", c => c.RightAligned())
            .AddColumn("Finding").AddColumn("Suggested fix").AddColumn("Score", c => c.RightAligned());
        foreach (var finding in findings)
        {
            table.AddRow(
                new Markup(SeverityMarkup(finding.Severity)),
                new Text(finding.RuleId),
                new Text(finding.Location.Line.ToString()),
                new Text(TerminalText.Escape(finding.Message)),
                new Text(TerminalText.Escape(finding.SuggestedFix)),
                new Text(finding.Score.ToString("0.00")));
        }
        console.Write(table);
        console.WriteLine(Tally(findings));
    }

    private static string SeverityMarkup(Severity severity) => severity switch
    {
        Severity.Error => "[red]error[/]",
        Severity.Warning => "[yellow]warning[/]",
        _ => "[blue]info[/]",
    };

    private static string Tally(IReadOnlyList<Finding> findings) =>
        string.Join(", ", Enum.GetValues<Severity>().Reverse()
            .Select(s => $"{findings.Count(f => f.Severity == s)} {s.ToString().ToLowerInvariant()}"));
}
