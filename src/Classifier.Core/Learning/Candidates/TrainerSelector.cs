using System.Globalization;
using Classifier.Core.Evaluation;
using Classifier.Core.Learning.Bundles;
using Classifier.Core.Learning.Features;
using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Papers;

namespace Classifier.Core.Learning.Candidates;

/// <summary>Cross-validates each candidate configuration and picks the one with the best macro-F1.</summary>
internal static class TrainerSelector
{
    /// <summary>The comparison table, the winner's out-of-fold predictions, and why it won.</summary>
    public static (IReadOnlyList<TrainerScore> Table, TrainingOptions Best, OutOfFoldPredictions Oof, string Reason) Select(
        IReadOnlyList<Paper> papers, IReadOnlyList<TrainingOptions> candidates, int folds, Action<string>? progress = null, IPaperEmbedder? embedder = null)
    {
        var table = new List<TrainerScore>();
        (TrainingOptions Options, OutOfFoldPredictions Oof, EvaluationReport Report)? best = null;
        foreach (var candidate in candidates)
        {
            progress?.Invoke($"cross-validating {Describe(candidate)} ({folds} folds)");
            var oof = OutOfFoldPredictor.Predict(papers, candidate, folds, embedder);
            var report = Evaluator.Report(oof, folds);
            table.Add(new TrainerScore(Describe(candidate), candidate, report.Model.Accuracy, report.Model.MacroF1, report.Baseline.MacroF1));
            // Ties keep the earlier candidate, so the order of the list is the tie-break.
            if (best is null || report.Model.MacroF1 > best.Value.Report.Model.MacroF1)
            {
                best = (candidate, oof, report);
            }
        }
        var winner = best ?? throw new ArgumentException("no trainer candidates", nameof(candidates));
        return (table, winner.Options, winner.Oof, Reason(table, winner.Options, folds));
    }

    /// <summary>A short name that tells the candidates apart, e.g. "LbfgsMaximumEntropy l2=3 (word 1-2 + char 1-3 of title+summary, embedding)".</summary>
    public static string Describe(TrainingOptions options)
    {
        var regularisation = options.Trainer switch
        {
            TrainerKind.LbfgsMaximumEntropy => $" l2={options.LbfgsL2.ToString(CultureInfo.InvariantCulture)}",
            TrainerKind.SdcaMaximumEntropy => $" l2={options.SdcaL2?.ToString(CultureInfo.InvariantCulture) ?? "auto"}",
            TrainerKind.OneVersusAllLinearSvm => $" lambda={options.SvmLambda.ToString(CultureInfo.InvariantCulture)}",
            _ => "",
        };
        var ngrams = options.Features.UsesNGrams()
            ? $"word 1-{options.WordNgramLength} + char 1-{options.CharNgramLength} of {(options.UseSummary ? "title+summary" : "title")}"
            : null;
        var features = string.Join(", ", new[] { ngrams, options.Features.UsesEmbedding() ? EmbeddingName(options.Recipe.OrUnrecorded()) : null }.OfType<string>());
        return $"{options.Trainer}{regularisation} ({features})";
    }

    private static string Reason(IReadOnlyList<TrainerScore> table, TrainingOptions best, int folds)
    {
        var winner = table.First(t => t.Options == best);
        var others = string.Join(", ", table.Where(t => t.Options != best).Select(t => $"{t.Trainer} {t.MacroF1:0.000}"));
        return table.Count == 1
            ? $"{winner.Trainer} was the only candidate ({folds}-fold macro-F1 {winner.MacroF1:0.000})"
            : $"{winner.Trainer} had the best {folds}-fold stratified macro-F1 ({winner.MacroF1:0.000}, accuracy {winner.Accuracy:0.000}) against {others}";
    }

    // The joined text keeps the name bundles have always shown.
    private static string EmbeddingName(EmbeddingRecipe recipe) => recipe == EmbeddingRecipe.JoinedText ? "embedding" : recipe.Describe();
}
