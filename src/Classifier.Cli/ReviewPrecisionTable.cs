using Classifier.Core.Review.Decisions;
using Spectre.Console;

namespace Classifier.Cli;

/// <summary>Renders how curators decided on the misfile flags, per proposed category: the precision of review on real decisions.</summary>
internal static class ReviewPrecisionTable
{
    public static void Render(IAnsiConsole console, DecisionLedger ledger)
    {
        var decisions = ReviewPrecision.Measure(ledger.Read());
        if (decisions.Count == 0)
        {
            console.WriteLine($"Review decisions: none yet in {ledger.Path} (cvclassify review list.md --interactive records them).");
            return;
        }
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Proposed category");
        foreach (var name in new[] { "Accepted", "Moved elsewhere", "Rejected", "Flag precision", "Proposal precision" })
        {
            table.AddColumn(name, c => c.RightAligned());
        }
        foreach (var row in decisions)
        {
            table.AddRow(row.Category, $"{row.Accepted}", $"{row.MovedElsewhere}", $"{row.Rejected}", $"{row.FlagPrecision:0.00}", $"{row.ProposalPrecision:0.00}");
        }
        var all = new CategoryDecisions("all", decisions.Sum(d => d.Accepted), decisions.Sum(d => d.MovedElsewhere), decisions.Sum(d => d.Rejected));
        table.AddRow("all", $"{all.Accepted}", $"{all.MovedElsewhere}", $"{all.Rejected}", $"{all.FlagPrecision:0.00}", $"{all.ProposalPrecision:0.00}");
        console.WriteLine($"Review decisions in {ledger.Path} (flag precision: the paper was misfiled; proposal precision: the proposed category was right):");
        console.Write(table);
    }
}
