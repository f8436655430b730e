using Classifier.Core.Evaluation;
using Classifier.Core.Learning.Bundles;
using Classifier.Core.Learning.Candidates;
using Classifier.Core.Learning.Features;
using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Lists;

namespace Classifier.Core.Learning;

/// <summary>Retrains on every labelled month of a data folder, saves the bundle, and compares it with the bundle it replaces.</summary>
internal static class Retrainer
{
    /// <summary>Reads, learns, saves (atomically), and compares cross-validation per category with the previous bundle.</summary>
    /// <remarks>The previous bundle's metadata is passed on, so retraining its winner alone carries its comparison over.</remarks>
    public static RetrainResult Retrain(string dataFolder, string bundleDirectory, LearnerOptions options, IProgress<string>? progress = null) =>
        Retrain(dataFolder, bundleDirectory, previous => options with { Previous = options.Previous ?? previous }, progress);

    /// <summary>As above, with options chosen from the previous bundle's metadata (null when there is none or it is unreadable).</summary>
    /// <example><c>Retrain(data, dir, previous => LearnerOptions.Retrain(previous, seed))</c> retrains the previous winner only.</example>
    public static RetrainResult Retrain(string dataFolder, string bundleDirectory, Func<BundleMetadata?, LearnerOptions> chooseOptions, IProgress<string>? progress = null)
    {
        progress?.Report($"Reading the labelled lists in {dataFolder}");
        var data = TrainingDataValidator.ReadForTraining(dataFolder);
        var (previous, previousProblem) = TryLoadPrevious(bundleDirectory);
        var options = chooseOptions(previous);
        var needsEncoder = options.Candidates.Any(c => c.Features.UsesEmbedding()) || options.Gates.Count > 0 || previous?.Options.Features.UsesEmbedding() == true;
        using var encoder = needsEncoder && options.Embedder is null ? DefaultEmbedder.WithCache(weights: options.Encoder) : null;
        options = options with { Embedder = options.Embedder ?? encoder };
        var paperCount = data.Months.Sum(m => m.Papers.Count);
        progress?.Report(options.Candidates.Count == 1
            ? $"Training {options.Candidates[0]}, cross-validating and calibrating on {paperCount} papers"
            : $"Comparing {options.Candidates.Count} configurations, cross-validating and calibrating on {paperCount} papers");
        var added = previous is null ? [] : NewMonths.Added(previous, data.Months);
        // The previous model must score the added months before the new bundle replaces it.
        var previousOnAdded = added.Count == 0 ? null : TryScoreAdded(bundleDirectory, added, progress);
        var bundle = ModelLearner.Learn(data.Months, progress is null ? options : options with { Progress = progress.Report });
        progress?.Report($"Saving the bundle to {bundleDirectory}");
        ModelBundleStore.Save(bundle, bundleDirectory);
        if (previousOnAdded is { } before)
        {
            var after = NewMonths.CurrentOn(bundle, added);
            return new RetrainResult(bundle.Metadata, previous, ModelComparison.Compare(before, after), previousProblem)
            {
                ComparisonHeading = $"The previous model on {NewMonths.Describe(added)} (a true hold-out: it never saw them) against the new model out of fold on them ({bundle.Metadata.CrossValidation.Split})",
            };
        }
        var comparison = previous is null ? null : CompareOnThisData(previous, bundle.Metadata, data, options, progress);
        return new RetrainResult(bundle.Metadata, previous, comparison, previousProblem) { CacheProblem = encoder?.CacheProblem };
    }

    private static EvaluationReport? TryScoreAdded(string bundleDirectory, IReadOnlyList<Papers.LabelledMonth> added, IProgress<string>? progress)
    {
        try
        {
            progress?.Report($"Scoring {NewMonths.Describe(added)} with the previous model");
            return NewMonths.PreviousOn(ModelBundleStore.Load(bundleDirectory), added);
        }
        catch (ModelBundleException)
        {
            // Metadata that reads but a model that does not: fall back to comparing configurations.
            return null;
        }
    }

    /// <summary>
    /// The previous configuration against the new one, both cross-validated on the data just read (with the same folds): the
    /// old bundle's own figures were measured on other data when months were added, so they cannot say better or worse.
    /// </summary>
    private static ComparisonReport CompareOnThisData(BundleMetadata previous, BundleMetadata current, LabelledData data, LearnerOptions options, IProgress<string>? progress)
    {
        var previousOptions = previous.Options with { Seed = current.Options.Seed };
        if (previousOptions == current.Options)
        {
            return ModelComparison.Compare(current.CrossValidation, current.CrossValidation);
        }
        progress?.Report($"Cross-validating the previous configuration ({previous.Trainer}) on the same papers");
        var papers = data.Months.SelectMany(m => m.Papers).Where(p => p.Category is not null).ToList();
        var before = Evaluator.CrossValidate(papers, previousOptions, options.Folds, options.Embedder);
        return ModelComparison.Compare(before, current.CrossValidation);
    }

    private static (BundleMetadata? Metadata, string? Problem) TryLoadPrevious(string bundleDirectory)
    {
        // After a crash mid-swap the previous bundle sits aside; it is still the one to compare with.
        var loadable = BundleSwapper.LoadableFolder(bundleDirectory);
        if (!Directory.Exists(loadable) || !Directory.EnumerateFileSystemEntries(loadable).Any())
        {
            return (null, null);
        }
        try
        {
            return (ModelBundleStore.LoadMetadata(bundleDirectory), null);
        }
        catch (ModelBundleException exception)
        {
            // An unreadable old bundle must not stop retraining; the user is told why there is no comparison.
            return (null, exception.Message);
        }
    }
}
