using System.CommandLine;
using Classifier.Core.Lists;
using Classifier.Core.Review.Decisions;
using Classifier.Core.Text;

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

    // More decisions about papers gone than this are one summary line, not a line each.
    private const int GoneListedOneByOne = 5;

    /// <summary>The ledger's decisions about the list; warns about a torn last line and about decisions on papers the list no longer holds.</summary>
    public static ListDecisions Decisions(this ParseResult parse, Option<string?> ledger, DecisionLedger file, MonthlyList list, CliContext context)
    {
        var decisions = ListDecisions.Load(file, list, namedByUser: parse.GetValue(ledger) is not null);
        if (file.TornLine is { } torn)
        {
            Warn(context, $"{file.Path}:{torn}: the last line is cut short (a write that did not finish); it is ignored and cut off by the next decision");
        }
        if (decisions.Gone.Count > GoneListedOneByOne)
        {
            var first = decisions.Gone[0];
            Warn(context, $"{file.Path}:{first.Line}: {decisions.Gone.Count} decisions are about papers no longer in {list.File} (the first: {first.Record.PaperId}); they are kept but apply to nothing");
            return decisions;
        }
        foreach (var gone in decisions.Gone)
        {
            Warn(context, $"{file.Path}:{gone.Line}: {gone.Record.PaperId} is no longer in {list.File}; its decision is kept but applies to nothing");
        }
        return decisions;
    }

    // Ledger text and paths are anyone's bytes: escape sequences in them must not reach the terminal.
    private static void Warn(CliContext context, string message) => context.Error.WriteLine($"warning: {TerminalText.Escape(message)}");
}
