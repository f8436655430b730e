using System.Globalization;
using Classifier.Core.Tagging;
using Spectre.Console;

namespace Classifier.Cli;

/// <summary>Renders tag results as a terminal table: the verdict, the runners-up and the n-grams behind the top category.</summary>
internal static class TagResultsTable
{
    public static void Render(IAnsiConsole console, IEnumerable<TagResult> results, int top)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Source").AddColumn("Title").AddColumn("Category").AddColumn("p", c => c.RightAligned())
            .AddColumn("Also").AddColumn("Because of").AddColumn("Close to");
        foreach (var result in results)
        {
            table.AddRow(
                new Text($"{Path.GetFileName(result.Paper.Source.File)}:{result.Paper.Source.Line}"),
                new Text(result.Paper.Title),
                new Markup(Verdict(result)),
                new Text(Probability(result.Confidence)),
                new Text(string.Join("\n", result.Ranked.Skip(1).Take(top - 1).Select(s => $"{s.Category.Name} {Probability(s.Probability)}"))),
                new Text(string.Join("\n", result.Reasons.Select(r => r.Ngram))),
                new Text(string.Join("\n", result.Neighbours)));
        }
        console.Write(table);
    }

    private static string Verdict(TagResult result) => result.NoCategoryFits
        ? $"[yellow]no category fits[/] (best: {Markup.Escape(result.Ranked[0].Category.Name)})"
        : Markup.Escape(result.Ranked[0].Category.Name);

    private static string Probability(double p) => p.ToString("0.00", CultureInfo.InvariantCulture);
}
