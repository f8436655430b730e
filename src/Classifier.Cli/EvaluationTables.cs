using System.Globalization;
using Classifier.Core.Evaluation;
using Spectre.Console;

namespace Classifier.Cli;

/// <summary>Renders evaluation reports and model comparisons as terminal tables.</summary>
internal static class EvaluationTables
{
    /// <summary>One table per report: the model against the majority baseline, overall and per category.</summary>
    public static void Render(IAnsiConsole console, EvaluationReport report)
    {
        console.WriteLine($"{report.Split}: trained on {report.TrainCount}, tested on {report.TestCount} papers");
        console.WriteLine(
            $"  model    accuracy {Fixed(report.Model.Accuracy)}  macro-F1 {Fixed(report.Model.MacroF1)}");
        console.WriteLine(
            $"  baseline accuracy {Fixed(report.Baseline.Accuracy)}  macro-F1 {Fixed(report.Baseline.MacroF1)}  (always the commonest category)");
        var baseline = report.Baseline.PerCategory.ToDictionary(m => m.Category);
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Category").AddColumn("Precision", Right).AddColumn("Recall", Right)
            .AddColumn("F1", Right).AddColumn("Baseline F1", Right).AddColumn("Support", Right);
        foreach (var metrics in report.Model.PerCategory)
        {
            table.AddRow(
                metrics.Category,
                Fixed(metrics.Precision),
                Fixed(metrics.Recall),
                Fixed(metrics.F1),
                Fixed(baseline.GetValueOrDefault(metrics.Category)?.F1 ?? 0),
                metrics.Support.ToString(CultureInfo.InvariantCulture));
        }
        console.Write(table);
    }

    /// <summary>Per-category F1 before and after retraining, with a better/worse/same verdict.</summary>
    public static void Render(IAnsiConsole console, ComparisonReport comparison) =>
        Render(console, comparison, "Against the previous configuration, both cross-validated on the current data", "Previous F1");

    /// <summary>Per-category F1 of a yardstick and of the model, with a better/worse/same verdict, under a heading.</summary>
    public static void Render(IAnsiConsole console, ComparisonReport comparison, string heading, string previousColumn)
    {
        console.WriteLine(
            $"{heading}: accuracy {Fixed(comparison.PreviousAccuracy)} -> {Fixed(comparison.CurrentAccuracy)}, "
            + $"macro-F1 {Fixed(comparison.PreviousMacroF1)} -> {Fixed(comparison.CurrentMacroF1)} ({Verdict(comparison.Overall)})");
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Category").AddColumn(previousColumn, Right).AddColumn("F1", Right)
            .AddColumn("Change", Right).AddColumn("Verdict");
        foreach (var change in comparison.PerCategory)
        {
            table.AddRow(
                change.Category,
                Fixed(change.PreviousF1),
                Fixed(change.CurrentF1),
                change.Delta.ToString("+0.000;-0.000;0.000", CultureInfo.InvariantCulture),
                Verdict(change.Verdict));
        }
        console.Write(table);
    }

    private static void Right(TableColumn column) => column.RightAligned();

    private static string Verdict(Verdict verdict) => verdict.ToString().ToLowerInvariant();

    private static string Fixed(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
