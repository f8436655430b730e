using System.Globalization;
using System.Runtime.ExceptionServices;
using Classifier.Core.Papers;
using Classifier.Core.Tagging;
using Classifier.Core.Text;
using Spectre.Console.Rendering;
using Spectre.Console;

namespace Classifier.Cli;

/// <summary>Renders tag results as a terminal table: the verdict, the runners-up, the n-grams behind the top category and the nearest labelled papers.</summary>
/// <remarks>A table is laid out once it is complete, so it holds at most <see cref="MaxRows"/> papers; more is a stream's job.</remarks>
internal static class TagResultsTable
{
    /// <summary>The most papers one table shows; the rest are not read, and a note says so.</summary>
    public const int MaxRows = 1000;

    /// <summary>Renders up to <see cref="MaxRows"/> results; rows read before a failing input are rendered before the error is rethrown.</summary>
    public static void Render(IAnsiConsole console, IEnumerable<TagResult> results, int top)
    {
        var (shown, more, failure) = Collect(results);
        console.Write(Build(shown, top));
        if (more)
        {
            console.WriteLine($"Showing the first {MaxRows} papers; the input has more. Use --format jsonl or csv to tag them all.");
        }
        failure?.Throw();
    }

    private static (List<TagResult> Shown, bool More, ExceptionDispatchInfo? Failure) Collect(IEnumerable<TagResult> results)
    {
        var shown = new List<TagResult>();
        using var enumerator = results.GetEnumerator();
        try
        {
            while (shown.Count < MaxRows && enumerator.MoveNext())
            {
                shown.Add(enumerator.Current);
            }
            return (shown, shown.Count == MaxRows && enumerator.MoveNext(), null);
        }
        catch (Exception exception) when (UserErrors.Describe(exception) is not null)
        {
            return (shown, false, ExceptionDispatchInfo.Capture(exception));
        }
    }

    private static Table Build(IReadOnlyList<TagResult> results, int top)
    {
        // An n-gram model has no neighbours to show, and an empty column would only narrow the others.
        var withNeighbours = results.Any(r => r.Neighbours.Count > 0);
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Source").AddColumn("Title").AddColumn("Category").AddColumn("p", c => c.RightAligned())
            .AddColumn("Also").AddColumn("Because of");
        if (withNeighbours)
        {
            table.AddColumn("Close to");
        }
        foreach (var result in results)
        {
            List<IRenderable> cells =
            [
                new Text(TerminalText.Escape($"{Path.GetFileName(result.Paper.Source.File)}:{result.Paper.Source.Line}")),
                new Text(TerminalText.Escape(result.Paper.Title)),
                new Markup(Verdict(result)),
                new Text(Probability(result.Confidence)),
                new Text(string.Join("\n", result.Ranked.Skip(1).Take(top - 1).Select(s => $"{s.Category.Name} {Probability(s.Probability)}"))),
                new Text(TerminalText.Escape(string.Join("\n", result.Reasons.Select(r => r.Ngram)))),
            ];
            if (withNeighbours)
            {
                cells.Add(new Text(TerminalText.Escape(string.Join("\n", result.Neighbours))));
            }
            table.AddRow(cells);
        }
        return table;
    }

    private static string Verdict(TagResult result) => result.NoCategoryFits
        ? result.Ranked[0].Category == Taxonomy.OutOfScope
            ? "[yellow]no category fits[/] (out of scope)"
            : $"[yellow]no category fits[/] (best: {Markup.Escape(result.Ranked[0].Category.Name)})"
        : result.AlsoFits is { } also
            ? $"{Markup.Escape(result.Ranked[0].Category.Name)}, or {Markup.Escape(also.Category.Name)}"
            : Markup.Escape(result.Ranked[0].Category.Name);

    private static string Probability(double p) => p.ToString("0.00", CultureInfo.InvariantCulture);
}
