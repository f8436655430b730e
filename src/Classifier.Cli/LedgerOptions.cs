using System.CommandLine;
using Classifier.Core.Lists;
using Classifier.Core.Review.Decisions;

namespace Classifier.Cli;

/// <summary>The --ledger option and how a command finds the decisions ledger from it.</summary>
internal static class LedgerOptions
{
    public static Option<string?> Ledger() => new("--ledger")
    {
        Description = $"The decisions ledger (default: {DecisionLedger.FileName} in the data folder, else beside the list).",
        HelpName = "file",
    };

    /// <summary>The ledger the user named, or the one beside the data (or the list).</summary>
    public static DecisionLedger Ledger(this ParseResult parse, Option<string?> ledger, string? dataFolder, string listPath, CliContext context) =>
        parse.GetValue(ledger) is { } given ? new DecisionLedger(context.Resolve(given)) : DecisionLedger.Beside(dataFolder, listPath);

    /// <summary>The ledger's decisions about the list; warns once per decision about a paper the list no longer holds.</summary>
    public static ListDecisions Decisions(this ParseResult parse, Option<string?> ledger, DecisionLedger file, MonthlyList list, CliContext context)
    {
        var decisions = ListDecisions.Load(file, list, namedByUser: parse.GetValue(ledger) is not null);
        foreach (var gone in decisions.Gone)
        {
            context.Error.WriteLine($"warning: {file.Path}:{gone.Line}: {gone.Record.PaperId} is no longer in {list.File}; its decision is kept but applies to nothing");
        }
        return decisions;
    }
}
