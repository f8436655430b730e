using Classifier.Core.Papers;
using Classifier.Core.Review;
using Classifier.Core.Text;
using Spectre.Console;

namespace Classifier.Cli.Interactive;

/// <summary>Shows one misfile flag for a decision: the paper, its link and summary, where it is filed and where the model would file it, and why.</summary>
internal static class FlagPanel
{
    public static void Render(IAnsiConsole console, Finding flag, Paper? paper, int number, int count)
    {
        var title = paper?.Title ?? flag.PaperId ?? "";
        var evidence = flag.Evidence!;
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        // Titles, paths and summaries are anyone's bytes: an escape sequence in them must not reach the terminal.
        grid.AddRow(new Text("Paper"), new Text(TerminalText.Escape(title == flag.PaperId ? title : $"{title} ({flag.PaperId})")));
        grid.AddRow(new Text("Line"), new Text(TerminalText.Escape(flag.Location.ToString())));
        if (Link(paper) is { } link)
        {
            grid.AddRow(new Text("Link"), new Text(TerminalText.Escape(link)));
        }
        grid.AddRow(new Text("Summary"), new Text(paper is { Summary.Length: > 0 } ? TerminalText.Escape(paper.Summary) : "(none in the list)"));
        grid.AddRow(new Text("Filed under"), new Text($"{evidence.Current}  p={evidence.CurrentProbability:0.00}"));
        var or = evidence.AlsoFits is { } also ? $", or [bold]{Markup.Escape(also)}[/]  p={evidence.AlsoFitsProbability:0.00}" : "";
        grid.AddRow(new Text("Proposed"), new Markup($"[bold]{Markup.Escape(evidence.Proposed)}[/]  p={evidence.ProposedProbability:0.00}{or}"));
        var others = evidence.Probabilities.Where(p => p.Key != evidence.Current && p.Key != evidence.Proposed)
            .OrderByDescending(p => p.Value).Take(3).Select(p => $"{p.Key} {p.Value:0.00}");
        grid.AddRow(new Text("Also"), new Text(string.Join(", ", others)));
        grid.AddRow(new Text("Reasons"), new Text(evidence.Reasons.Count == 0 ? "(none given)" : string.Join("\n", evidence.Reasons)));
        console.Write(new Panel(grid).Header($"Flag {number} of {count} (score {flag.Score:0.00})").Border(BoxBorder.Rounded).Expand());
    }

    // The abstract page to read before deciding: arXiv's when the id is known, else the paper link as written.
    private static string? Link(Paper? paper) => paper switch
    {
        { ArxivId: { } id } => $"https://arxiv.org/abs/{id}",
        { PaperUrl: { Length: > 0 } url } => url,
        _ => null,
    };
}
