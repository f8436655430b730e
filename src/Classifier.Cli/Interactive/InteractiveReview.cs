using Classifier.Core.Files;
using Classifier.Core.Learning.Bundles;
using Classifier.Core.Lists;
using Classifier.Core.Review;
using Classifier.Core.Review.Decisions;
using Classifier.Core.Text;
using Spectre.Console;

namespace Classifier.Cli.Interactive;

/// <summary>Runs a review session at the terminal: one flag at a time until every flag is seen or the curator quits.</summary>
internal static class InteractiveReview
{
    private const string Purpose = "cvclassify review --interactive";

    /// <summary>
    /// Checks that a person is at a terminal and the list can be changed, locks the list, reviews it and runs the session;
    /// refuses with one line (exit 2) otherwise.
    /// </summary>
    public static int Start(CliContext context, InteractiveInputs inputs, Func<MonthlyList, ListDecisions> decisionsOf)
    {
        if (!context.InputIsTerminal || !context.OutputIsTerminal)
        {
            var which = context.InputIsTerminal ? "stdout" : "stdin";
            UserErrors.Write(context.Error, $"review --interactive needs a terminal, and {which} is not one (without --interactive, review prints its findings for scripts)");
            return ExitCodes.BadInput;
        }
        if (inputs.ModelFolder is null)
        {
            UserErrors.Write(context.Error, "review --interactive needs a model bundle to flag misfiles (run 'cvclassify train' or pass --model)");
            return ExitCodes.BadInput;
        }
        if (!File.Exists(inputs.Path))
        {
            throw new FileNotFoundException(null, inputs.Given);
        }
        WritableCheck.Ensure(inputs.Path);
        using var hold = FileLock.Acquire(inputs.Path, Purpose);
        var review = ListReviewer.Review(inputs.Path, ListReviewer.OtherLists(inputs.DataFolder, inputs.Path), ModelBundleStore.Load(inputs.ModelFolder));
        var recorder = new DecisionRecorder(inputs.Ledger, review.List, ModelFingerprint.Of(inputs.ModelFolder), TimeProvider.System);
        return Run(context, new ReviewSession(review, decisionsOf(review.List), recorder), inputs.Given, inputs.Ledger.Path);
    }

    private static int Run(CliContext context, ReviewSession session, string listGiven, string ledgerPath)
    {
        // Paths are anyone's bytes: an escape sequence in a file name must not retitle the terminal.
        listGiven = TerminalText.Escape(listGiven);
        ledgerPath = TerminalText.Escape(ledgerPath);
        var console = context.InteractiveConsole();
        if (session.Flags.Count == 0)
        {
            console.WriteLine($"No undecided misfile flags in {listGiven} (review --all lists the rejected ones).");
            return ExitCodes.Ok;
        }
        console.WriteLine($"{session.Flags.Count} undecided misfile flag(s) in {listGiven}; decisions go to {ledgerPath} as you make them.");
        while (Step(console, session))
        {
        }
        var moved = session.Finish();
        var undecided = session.Flags.Count - session.Decided;
        console.WriteLine(moved > 0
            ? $"Moved {moved} paper(s) in {listGiven} (the list as it was is in {BackupAsGiven(listGiven, session.Backup)})."
            : $"No paper moved; {listGiven} is unchanged.");
        console.WriteLine(undecided > 0
            ? $"{session.Decided} decision(s) recorded; {undecided} flag(s) still undecided (run again to see them)."
            : $"{session.Decided} decision(s) recorded; every flag is decided.");
        return ExitCodes.Ok;
    }

    // The backup's own suffix (.bak, .bak.1, ...) on the list's name as the user gave it.
    private static string BackupAsGiven(string listGiven, string? backup) =>
        backup is null ? $"{listGiven}.bak" : listGiven + backup[backup.LastIndexOf(".bak", StringComparison.Ordinal)..];

    // The prompt clears itself once answered, so each answer is echoed to keep the session's history on screen.
    private static void Say(IAnsiConsole console, string text) => console.MarkupLine($"[grey]-> {Markup.Escape(text)}[/]");

    /// <summary>Shows the current flag and carries out one choice; false when the review should end.</summary>
    private static bool Step(IAnsiConsole console, ReviewSession session)
    {
        if (session.Current is { } flag)
        {
            FlagPanel.Render(console, flag, session.CurrentPaper, session.Position + 1, session.Flags.Count);
        }
        switch (DecisionPrompts.Action(console, session))
        {
            case ReviewAction.Accept:
                Say(console, $"accepted: moves to {session.Current!.ProposedCategory!.Name} when the review ends");
                session.Accept();
                break;
            case ReviewAction.Reject:
                Say(console, $"rejected: stays under {session.Current!.Evidence!.Current}");
                session.Reject();
                break;
            case ReviewAction.Elsewhere:
                if (DecisionPrompts.Elsewhere(console, session) is not { } category)
                {
                    Say(console, "back to the decision");
                    break;
                }
                Say(console, $"moved elsewhere: moves to {category.Name} when the review ends");
                session.MoveTo(category);
                break;
            case ReviewAction.Skip:
                Say(console, "skipped: still undecided");
                session.Skip();
                break;
            case ReviewAction.Undo:
                session.Undo();
                Say(console, $"undone: back to flag {session.Position + 1}");
                break;
            default:
                return false;
        }
        return true;
    }
}
