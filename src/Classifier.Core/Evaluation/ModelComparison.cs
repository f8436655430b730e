using Classifier.Core.Learning.Bundles;

namespace Classifier.Core.Evaluation;

/// <summary>Whether a category got better, worse or stayed the same between two evaluations.</summary>
public enum Verdict
{
    Same,
    Better,
    Worse,
}

/// <summary>One category's F1 before and after retraining.</summary>
public sealed record CategoryChange(string Category, double PreviousF1, double CurrentF1, double Delta, Verdict Verdict, int PreviousSupport, int CurrentSupport);

/// <summary>A retrained model's evaluation against the previous bundle's, overall and per category.</summary>
public sealed record ComparisonReport(
    double PreviousAccuracy,
    double CurrentAccuracy,
    double PreviousMacroF1,
    double CurrentMacroF1,
    Verdict Overall,
    IReadOnlyList<CategoryChange> PerCategory);

/// <summary>Compares two evaluation reports of the same kind, category by category.</summary>
internal static class ModelComparison
{
    /// <summary>Compares two bundles by their cross-validation reports (each measured on its own training data).</summary>
    public static ComparisonReport Compare(BundleMetadata previous, BundleMetadata current, double tolerance = 0.01) =>
        Compare(previous.CrossValidation, current.CrossValidation, tolerance);

    /// <summary>Per-category F1 deltas; changes within <paramref name="tolerance"/> count as the same.</summary>
    public static ComparisonReport Compare(EvaluationReport previous, EvaluationReport current, double tolerance = 0.01)
    {
        var before = previous.Model.PerCategory.ToDictionary(m => m.Category);
        var after = current.Model.PerCategory.ToDictionary(m => m.Category);
        var categories = previous.Model.Labels.Concat(current.Model.Labels).Distinct().ToList();
        var changes = categories.Select(c => Change(c, before.GetValueOrDefault(c), after.GetValueOrDefault(c), tolerance)).ToList();
        return new ComparisonReport(
            previous.Model.Accuracy,
            current.Model.Accuracy,
            previous.Model.MacroF1,
            current.Model.MacroF1,
            Judge(current.Model.MacroF1 - previous.Model.MacroF1, tolerance),
            changes);
    }

    private static CategoryChange Change(string category, CategoryMetrics? before, CategoryMetrics? after, double tolerance)
    {
        var delta = (after?.F1 ?? 0) - (before?.F1 ?? 0);
        return new CategoryChange(category, before?.F1 ?? 0, after?.F1 ?? 0, delta, Judge(delta, tolerance), before?.Support ?? 0, after?.Support ?? 0);
    }

    private static Verdict Judge(double delta, double tolerance) =>
        Math.Abs(delta) <= tolerance ? Verdict.Same : delta > 0 ? Verdict.Better : Verdict.Worse;
}
