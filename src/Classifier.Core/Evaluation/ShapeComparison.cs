using Classifier.Core.Learning.Candidates;
using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Learning.Gate;

namespace Classifier.Core.Evaluation;

/// <summary>The per-shape figures of several configurations side by side, leave-one-month-out and on the latest month with in-scope papers.</summary>
/// <param name="Predictions">Each candidate's leave-one-month-out predictions, in candidate order.</param>
internal sealed record ShapeComparisonReport(IReadOnlyList<ShapeScores> CrossValidation, IReadOnlyList<ShapeScores> HeldOut, string HeldOutMonth, IReadOnlyList<MonthFoldPredictions> Predictions);

/// <summary>One configuration a shape comparison measures: a category model and, when gated, its out-of-scope gate.</summary>
internal sealed record ShapeCandidate(string Name, TrainingOptions Options, GateOptions? Gate);

/// <summary>Measures configurations on every input shape with the same month folds, beside the majority baseline.</summary>
internal static class ShapeComparison
{
    /// <summary>The gated model (this version), the previous model's single ten-outcome configuration, and the n-gram model.</summary>
    public static IReadOnlyList<ShapeCandidate> Standard(TrainingOptions options, GateOptions gate) =>
    [
        new("gated (category model + title gate)", options, gate),
        // The same embedding recipe, so that the two rows differ by the gate alone.
        new("previous (one model, out of scope as a 10th class)", TrainerCandidates.Recommended(options.Seed) with { Recipe = options.Recipe }, null),
        new("n-gram (10th class)", TrainerCandidates.NgramReference(options.Seed), null),
    ];

    public static ShapeComparisonReport Run(
        IReadOnlyList<Papers.LabelledMonth> months, IReadOnlyList<ShapeCandidate> candidates, IPaperEmbedder? embedder, double maxInScopeAbstain, Action<string>? progress = null)
    {
        var cv = new List<ShapeScores>();
        var heldOut = new List<ShapeScores>();
        var all = new List<MonthFoldPredictions>();
        MonthFoldPredictions? last = null;
        foreach (var candidate in candidates)
        {
            progress?.Invoke($"leave-one-month-out: {candidate.Name}");
            last = MonthFoldPredictor.Predict(months, candidate.Options, candidate.Gate, embedder, InputShapes.All, progress);
            all.Add(last);
            var (c, h) = ShapeEvaluator.Score(candidate.Name, last, maxInScopeAbstain);
            cv.AddRange(c);
            heldOut.AddRange(h);
        }
        var month = "";
        if (last is not null)
        {
            var (c, h) = ShapeEvaluator.Score("majority baseline", last, maxInScopeAbstain, majorityBaseline: true);
            cv.AddRange(c);
            heldOut.AddRange(h);
            month = last.LatestInScopeFold() is { } k ? last.Months[k].ToString() : "";
        }
        return new ShapeComparisonReport(cv, heldOut, month, all);
    }
}
