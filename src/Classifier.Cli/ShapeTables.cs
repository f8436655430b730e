using System.Globalization;
using Classifier.Core.Evaluation;
using Spectre.Console;

namespace Classifier.Cli;

/// <summary>Renders per-input-shape figures: accuracy, macro-F1, top-2, in-scope abstain and out-of-scope recall, one row per model and shape.</summary>
internal static class ShapeTables
{
    public static void Render(IAnsiConsole console, string heading, IReadOnlyList<ShapeScores> rows)
    {
        console.WriteLine($"{heading}:");
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Input").AddColumn("Model")
            .AddColumn("In scope", Right).AddColumn("Out of scope", Right)
            .AddColumn("Accuracy", Right).AddColumn("Macro-F1", Right).AddColumn("Top-2", Right)
            .AddColumn("In-scope abstain", Right).AddColumn("Out-of-scope recall", Right);
        foreach (var row in rows.OrderBy(r => r.Shape))
        {
            table.AddRow(
                Markup.Escape(row.Shape.Describe()), Markup.Escape(row.Model),
                row.InScope.ToString(CultureInfo.InvariantCulture), row.OutOfScope.ToString(CultureInfo.InvariantCulture),
                Fixed(row.Accuracy, row.InScope), Fixed(row.MacroF1, row.InScope), Fixed(row.TopTwo, row.InScope),
                Fixed(row.InScopeAbstain, row.InScope), Fixed(row.OutOfScopeRecall, row.OutOfScope));
        }
        console.Write(table);
    }

    private static void Right(TableColumn column) => column.RightAligned();

    // A share of no papers is shown as "-", not as 0.
    private static string Fixed(double value, int papers) => papers == 0 ? "-" : value.ToString("0.000", CultureInfo.InvariantCulture);
}
