using Classifier.Core.Papers;
using Classifier.Core.Review.Decisions;
using Spectre.Console;

namespace Classifier.Cli.Interactive;

/// <summary>The prompts of an interactive review; search is on, so typing a word ("reject", "video") picks a choice.</summary>
internal static class DecisionPrompts
{
    /// <summary>Asks what to do with the current flag, or, when every flag has been seen, whether to finish or undo.</summary>
    public static ReviewAction Action(IAnsiConsole console, ReviewSession session)
    {
        var flag = session.Current;
        var choices = new List<ReviewAction>();
        if (flag is not null)
        {
            choices.AddRange(session.CanAccept ? [ReviewAction.Accept, ReviewAction.Reject] : [ReviewAction.Reject]);
            choices.AddRange(Others(session).Any() ? [ReviewAction.Elsewhere, ReviewAction.Skip] : [ReviewAction.Skip]);
        }
        choices.AddRange(session.CanUndo ? [ReviewAction.Undo] : []);
        choices.Add(flag is null ? ReviewAction.Finish : ReviewAction.Quit);
        var prompt = new SelectionPrompt<ReviewAction>()
            .Title(flag is null ? "Every flag has been seen." : "Decision?")
            .AddChoices(choices)
            .UseConverter(a => Label(a, session))
            .EnableSearch()
            .AddCancelResult(flag is null ? ReviewAction.Finish : ReviewAction.Quit);
        return console.Prompt(prompt);
    }

    // Accepting covers the proposed category, so "another" means neither where it is nor where the model would put it.
    private static IEnumerable<Category> Others(ReviewSession session) =>
        session.Targets.Where(c => c != session.Current!.ProposedCategory);

    /// <summary>Asks which category the current paper belongs in instead; null when the curator presses Escape to go back.</summary>
    public static Category? Elsewhere(IAnsiConsole console, ReviewSession session)
    {
        var probabilities = session.Current!.Evidence!.Probabilities;
        // By number, so that Escape has a value of its own (0) to return.
        var prompt = new SelectionPrompt<int>()
            .Title("Move it to (Escape goes back):")
            .AddChoices(Others(session).OrderByDescending(c => probabilities.GetValueOrDefault(c.Name)).Select(c => c.Number))
            .UseConverter(n => Markup.Escape($"{Taxonomy.ByNumber(n).Name} (p={probabilities.GetValueOrDefault(Taxonomy.ByNumber(n).Name):0.00})"))
            .EnableSearch()
            .AddCancelResult(0);
        var chosen = console.Prompt(prompt);
        return chosen == 0 ? null : Taxonomy.ByNumber(chosen);
    }

    private static string Label(ReviewAction action, ReviewSession session) => Markup.Escape(action switch
    {
        ReviewAction.Accept => $"Accept: move it to {session.Current!.ProposedCategory!.Name}",
        ReviewAction.Reject => $"Reject: keep it under {session.Current!.Evidence!.Current}",
        ReviewAction.Elsewhere => "Another category...",
        ReviewAction.Skip => "Skip (decide later)",
        ReviewAction.Undo => "Undo the last decision",
        ReviewAction.Quit => "Quit (decisions so far are kept)",
        _ => "Finish (write the moves)",
    });
}
