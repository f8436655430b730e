using Classifier.Core.Evaluation;
using Classifier.Core.Learning.Bundles;
using Classifier.Core.Learning.Candidates;
using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Papers;
using Classifier.Core.Tagging;

namespace Classifier.Core.Learning.Gate;

/// <summary>
/// Learns a gated bundle: the out-of-scope gate and the category configuration chosen by leave-one-month-out
/// cross-validation, then calibration, the "no category fits" threshold, the "also fits" margin, the per-shape figures
/// and the final fit, all from the same month folds.
/// </summary>
internal static class GatedModelLearner
{
    public static ModelBundle Learn(IReadOnlyList<LabelledMonth> labelledMonths, LearnerOptions options, IPaperEmbedder embedder)
    {
        var papers = labelledMonths.SelectMany(m => m.Papers).ToList();
        var (gates, gate, gateReason) = ChooseGate(labelledMonths, options, embedder);
        var (table, best, predictions) = ChooseCategories(labelledMonths, options, gate, embedder);
        var oof = predictions.For(InputShape.TitleAndSummary);
        var calibration = Calibrator.Calibrate(oof.Probabilities, oof.Actual);
        var calibrated = oof.Probabilities.Select(p => TemperatureScaling.Apply(p, calibration.Temperature)).ToList();
        var outOfScope = oof.Labels.Count - 1;
        var (shapesCv, shapesHeld) = ShapeEvaluator.Score("this model", predictions, options.MaxInScopeAbstain);
        options.Progress?.Invoke("evaluating on the latest month with in-scope papers held out");
        var reference = TrainerCandidates.NgramReference(best.Seed);
        var dataHash = DataHasher.Hash(papers);
        var comparison = RecordedComparison.Resolve(table, Reason(table, best, labelledMonths.Count), best, options.Previous, dataHash);
        var crossValidation = Evaluator.Report(oof, $"leave-one-month-out cross-validation ({predictions.Months.Count} months)", papers.Count - papers.Count / Math.Max(1, predictions.Months.Count));
        var threshold = OutOfScopeThreshold.Choose(calibrated, oof.Actual, outOfScope, options.MaxInScopeAbstain);
        var metadata = ModelLearner.Describe(labelledMonths, oof.Labels, table, best, dataHash, comparison, crossValidation, calibration, threshold) with
        {
            HeldOutMonth = Evaluator.HoldOutLatestMonth(labelledMonths, best, embedder, gate),
            HeldOutMonthReference = Evaluator.HoldOutLatestMonth(labelledMonths, reference),
            Reference = reference,
            Encoder = embedder.Identity,
            Gate = new GateMetadata(gate, gates, gateReason),
            AlsoFits = AlsoFitsCalibrator.Choose(calibrated, oof.Actual, oof.Labels, AlsoListed(oof.Papers, oof.Labels)),
            ShapesCrossValidation = shapesCv,
            ShapesHeldOut = shapesHeld,
        };
        options.Progress?.Invoke("training the final model on all papers");
        var model = GatedModelTrainer.Train(papers, best, gate, oof.Labels, embedder);
        var records = oof.Papers.Select((p, i) => new OutOfFoldRecord(p.Id, p.Title, oof.Labels[oof.Actual[i]], oof.Folds[i], oof.Probabilities[i], predictions.Months[oof.Folds[i]].Iso)).ToList();
        // The neighbours' vectors are the recipe's, as the tagged papers' are.
        return new ModelBundle(model, metadata, records, (model.Embedder ?? embedder).Embed(papers));
    }

    /// <summary>For each paper, the other label slots it is listed under (a paper filed in two sections).</summary>
    public static IReadOnlyList<IReadOnlyCollection<int>> AlsoListed(IReadOnlyList<Paper> papers, IReadOnlyList<string> labels) =>
        [.. papers.Select(p => (IReadOnlyCollection<int>)[.. p.AlsoListedUnder.Select(c => labels.ToList().IndexOf(c.Name)).Where(k => k >= 0)])];

    private static (IReadOnlyList<GateScore> Table, GateOptions Best, string Reason) ChooseGate(IReadOnlyList<LabelledMonth> months, LearnerOptions options, IPaperEmbedder embedder)
    {
        if (options.Gates.Count == 1)
        {
            return ([], options.Gates[0], $"{options.Gates[0].Describe()} was the only gate (see docs/model.md for the comparison)");
        }
        var (table, best) = GateSelector.Select(months, options.Gates, embedder, options.MaxInScopeAbstain, options.Progress);
        var others = string.Join(", ", table.Where(t => t.Options != best).Select(t => $"{t.Gate} {t.OutOfScopeRecall:0.000}"));
        var winner = table.First(t => t.Options == best);
        return (table, best, $"{winner.Gate} caught the most out-of-scope papers out of fold at <= {options.MaxInScopeAbstain:P0} of in-scope ones ({winner.OutOfScopeRecall:0.000}) against {others}");
    }

    private static (List<TrainerScore> Table, TrainingOptions Best, MonthFoldPredictions Predictions) ChooseCategories(
        IReadOnlyList<LabelledMonth> months, LearnerOptions options, GateOptions gate, IPaperEmbedder embedder)
    {
        var table = new List<TrainerScore>();
        (TrainingOptions Options, MonthFoldPredictions Predictions, double MacroF1)? best = null;
        foreach (var candidate in options.Candidates)
        {
            options.Progress?.Invoke($"cross-validating {TrainerSelector.Describe(candidate)} with the gate (one fold per month)");
            var predictions = MonthFoldPredictor.Predict(months, candidate, gate, embedder, InputShapes.All, options.Progress);
            var report = Evaluator.Report(predictions.For(InputShape.TitleAndSummary), "leave-one-month-out", 0);
            table.Add(new TrainerScore(TrainerSelector.Describe(candidate), candidate, report.Model.Accuracy, report.Model.MacroF1, report.Baseline.MacroF1));
            if (best is null || report.Model.MacroF1 > best.Value.MacroF1)
            {
                best = (candidate, predictions, report.Model.MacroF1);
            }
        }
        var winner = best ?? throw new ArgumentException("no trainer candidates", nameof(options));
        return (table, winner.Options, winner.Predictions);
    }

    private static string Reason(IReadOnlyList<TrainerScore> table, TrainingOptions best, int months)
    {
        var winner = table.First(t => t.Options == best);
        var others = string.Join(", ", table.Where(t => t.Options != best).Select(t => $"{t.Trainer} {t.MacroF1:0.000}"));
        return table.Count == 1
            ? $"{winner.Trainer} was the only candidate (leave-one-month-out macro-F1 {winner.MacroF1:0.000} over {months} months, with the out-of-scope gate)"
            : $"{winner.Trainer} had the best leave-one-month-out macro-F1 ({winner.MacroF1:0.000}, accuracy {winner.Accuracy:0.000}, with the out-of-scope gate) against {others}";
    }
}
