using System.Reflection;
using Classifier.Core.Evaluation;
using Classifier.Core.Learning.Bundles;
using Classifier.Core.Learning.Candidates;
using Classifier.Core.Learning.Features;
using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Learning.Gate;
using Classifier.Core.Papers;
using Classifier.Core.Tagging;

namespace Classifier.Core.Learning;

/// <summary>Turns labelled months into a bundle: compare configurations, out-of-fold predictions, calibration, threshold, evaluation, final fit.</summary>
internal static class ModelLearner
{
    /// <summary>Learns from every labelled paper of the months (out-of-scope papers included) and returns the ready-to-save bundle.</summary>
    public static ModelBundle Learn(IReadOnlyList<LabelledMonth> months, LearnerOptions options)
    {
        var labelledMonths = months.Select(m => m with { Papers = m.Papers.Where(p => p.Category is not null).ToList() }).ToList();
        var papers = labelledMonths.SelectMany(m => m.Papers).ToList();
        if (options.Gates.Count > 0 && papers.Any(p => p.Category == Taxonomy.OutOfScope))
        {
            var encoder = options.Embedder ?? throw new ArgumentException("the out-of-scope gate reads title embeddings but no encoder was given", nameof(options));
            options.Progress?.Invoke($"embedding {papers.Count} papers and their titles with {MiniLmModel.Package}");
            var memoized = new MemoizedEmbedder(encoder, [.. TextsToEmbed(papers, options.Candidates), .. GateLearner.TextsToEmbed(papers)]);
            return GatedModelLearner.Learn(labelledMonths, options, memoized);
        }
        var embedder = PrepareEmbedder(papers, options);
        var (table, best, oof, reason) = TrainerSelector.Select(papers, options.Candidates, options.Folds, options.Progress, embedder);
        var calibration = Calibrator.Calibrate(oof.Probabilities, oof.Actual);
        var calibrated = oof.Probabilities.Select(p => TemperatureScaling.Apply(p, calibration.Temperature)).ToList();
        options.Progress?.Invoke("evaluating on the latest month held out");
        var dataHash = DataHasher.Hash(papers);
        var comparison = RecordedComparison.Resolve(table, reason, best, options.Previous, dataHash);
        var usesEmbedding = best.Features.UsesEmbedding();
        var reference = usesEmbedding ? TrainerCandidates.NgramReference(best.Seed) : null;
        var metadata = Describe(
            labelledMonths, oof.Labels, table, best, dataHash, comparison, Evaluator.Report(oof, options.Folds), calibration, ChooseThreshold(calibrated, oof, options)) with
        {
            HeldOutMonth = Evaluator.HoldOutLatestMonth(labelledMonths, best, embedder),
            HeldOutMonthReference = reference is null ? null : Evaluator.HoldOutLatestMonth(labelledMonths, reference),
            Reference = reference,
            Encoder = usesEmbedding ? embedder!.Identity : null,
            AlsoFits = AlsoFitsCalibrator.Choose(calibrated, oof.Actual, oof.Labels, GatedModelLearner.AlsoListed(oof.Papers, oof.Labels)),
        };
        options.Progress?.Invoke("training the final model on all papers");
        var model = ModelTrainer.Train(papers, best, oof.Labels, embedder);
        var monthOf = labelledMonths.SelectMany(m => m.Papers.Select(_ => Format(m.Month))).ToList();
        return new ModelBundle(model, metadata, OutOfFoldRecords(oof, monthOf), usesEmbedding ? model.Embedder!.Embed(papers) : null);
    }

    /// <summary>The options' embedder with every paper embedded once up front (cached texts are not encoded again); null when no candidate needs it.</summary>
    private static IPaperEmbedder? PrepareEmbedder(IReadOnlyList<Paper> papers, LearnerOptions options)
    {
        if (!options.Candidates.Any(c => c.Features.UsesEmbedding()))
        {
            return null;
        }
        var embedder = options.Embedder ?? throw new ArgumentException("a candidate reads embeddings but no encoder was given", nameof(options));
        options.Progress?.Invoke($"embedding {papers.Count} papers with {MiniLmModel.Package}");
        return new MemoizedEmbedder(embedder, [.. TextsToEmbed(papers, options.Candidates)]);
    }

    /// <summary>The texts the candidates' embedding recipes ask the encoder for: each only once, and none a candidate does not read.</summary>
    internal static IEnumerable<Paper> TextsToEmbed(IReadOnlyList<Paper> papers, IEnumerable<TrainingOptions> candidates) =>
        candidates.Where(c => c.Features.UsesEmbedding()).Select(c => c.Recipe.OrUnrecorded()).Distinct().SelectMany(r => r.TextsToEmbed(papers));

    private static NoFitThreshold ChooseThreshold(IReadOnlyList<float[]> calibrated, OutOfFoldPredictions oof, LearnerOptions options)
    {
        var outOfScope = oof.Labels.ToList().IndexOf(Taxonomy.OutOfScope.Name);
        return outOfScope >= 0
            ? OutOfScopeThreshold.Choose(calibrated, oof.Actual, outOfScope, options.MaxInScopeAbstain)
            : Calibrator.ChooseThreshold(calibrated, oof.Actual, options.TargetAccuracy);
    }

    private static string Format(Month month) => $"{month.Year:0000}-{month.Number:00}";

    // Out-of-fold rows are in paper order, and so is monthOf.
    private static List<OutOfFoldRecord> OutOfFoldRecords(OutOfFoldPredictions oof, List<string> monthOf) =>
        oof.Papers.Select((p, i) => new OutOfFoldRecord(p.Id, p.Title, oof.Labels[oof.Actual[i]], oof.Folds[i], oof.Probabilities[i], monthOf[i])).ToList();

    /// <summary>
    /// What every bundle records of its data, its chosen configuration and its out-of-fold measures; each learner adds the
    /// rest of its evaluation with <c>with</c>.
    /// </summary>
    internal static BundleMetadata Describe(
        IReadOnlyList<LabelledMonth> labelledMonths, IReadOnlyList<string> labels, IReadOnlyList<TrainerScore> table, TrainingOptions best,
        string dataHash, RecordedComparison comparison, EvaluationReport crossValidation, CalibrationReport calibration, NoFitThreshold threshold)
    {
        var papers = labelledMonths.SelectMany(m => m.Papers).ToList();
        return new BundleMetadata
        {
            FormatVersion = ModelBundle.CurrentFormatVersion,
            ToolVersion = ToolVersion(),
            Labels = labels,
            Months = labelledMonths.Select(m => m.Month).Order().Select(Format).ToList(),
            RowCount = papers.Count,
            RowsPerCategory = papers.GroupBy(p => p.Category!.Name).ToDictionary(g => g.Key, g => g.Count()),
            RowsPerMonth = labelledMonths.ToDictionary(m => m.Month.ToString(), m => m.Papers.Count),
            Trainer = table.First(t => t.Options == best).Trainer,
            Options = best,
            Seed = best.Seed,
            DataHash = dataHash,
            TrainerComparison = comparison.Table,
            SelectionReason = comparison.Reason,
            ComparisonOrigin = comparison.Origin,
            ComparisonDataHash = comparison.DataHash,
            CrossValidation = crossValidation,
            Calibration = calibration,
            Threshold = threshold,
        };
    }

    private static string ToolVersion() =>
        typeof(ModelLearner).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ModelLearner).Assembly.GetName().Version?.ToString(3) ?? "unknown";
}
