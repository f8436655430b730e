using System.Reflection;
using Classifier.Core.Evaluation;
using Classifier.Core.Papers;
using Classifier.Core.Tagging;

namespace Classifier.Core.Learning;

/// <summary>Turns labelled months into a bundle: compare trainers, out-of-fold predictions, calibration, threshold, evaluation, final fit.</summary>
internal static class ModelLearner
{
    /// <summary>Learns from every labelled paper of the months and returns the ready-to-save bundle.</summary>
    public static ModelBundle Learn(IReadOnlyList<LabelledMonth> months, LearnerOptions options)
    {
        var papers = months.SelectMany(m => m.Papers).Where(p => p.Category is not null).ToList();
        var (table, best, oof, reason) = TrainerSelector.Select(papers, options.Candidates, options.Folds, options.Progress);
        var calibration = Calibrator.Calibrate(oof.Probabilities, oof.Actual);
        var calibrated = oof.Probabilities.Select(p => TemperatureScaling.Apply(p, calibration.Temperature)).ToList();
        options.Progress?.Invoke("evaluating on the latest month held out");
        var labelledMonths = months.Select(m => m with { Papers = m.Papers.Where(p => p.Category is not null).ToList() }).ToList();
        var metadata = new BundleMetadata
        {
            FormatVersion = ModelBundle.CurrentFormatVersion,
            ToolVersion = ToolVersion(),
            Labels = oof.Labels,
            Months = months.Select(m => m.Month).Order().Select(m => $"{m.Year:0000}-{m.Number:00}").ToList(),
            RowCount = papers.Count,
            RowsPerCategory = papers.GroupBy(p => p.Category!.Name).ToDictionary(g => g.Key, g => g.Count()),
            RowsPerMonth = labelledMonths.ToDictionary(m => m.Month.ToString(), m => m.Papers.Count),
            Trainer = table.First(t => t.Options == best).Trainer,
            Options = best,
            Seed = best.Seed,
            DataHash = DataHasher.Hash(papers),
            TrainerComparison = table,
            SelectionReason = reason,
            CrossValidation = Evaluator.Report(oof, options.Folds),
            HeldOutMonth = Evaluator.HoldOutLatestMonth(labelledMonths, best),
            Calibration = calibration,
            Threshold = Calibrator.ChooseThreshold(calibrated, oof.Actual, options.TargetAccuracy),
        };
        options.Progress?.Invoke("training the final model on all papers");
        var model = ModelTrainer.Train(papers, best, oof.Labels);
        return new ModelBundle(model, metadata, OutOfFoldRecords(oof));
    }

    private static List<OutOfFoldRecord> OutOfFoldRecords(OutOfFoldPredictions oof) =>
        oof.Papers.Select((p, i) => new OutOfFoldRecord(p.Id, p.Title, oof.Labels[oof.Actual[i]], oof.Folds[i], oof.Probabilities[i])).ToList();

    private static string ToolVersion() =>
        typeof(ModelLearner).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ModelLearner).Assembly.GetName().Version?.ToString(3) ?? "unknown";
}
