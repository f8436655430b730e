using Classifier.Core.Evaluation;
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
        var paperCount = data.Months.Sum(m => m.Papers.Count);
        progress?.Report(options.Candidates.Count == 1
            ? $"Training {options.Candidates[0]}, cross-validating and calibrating on {paperCount} papers"
            : $"Comparing {options.Candidates.Count} trainers, cross-validating and calibrating on {paperCount} papers");
        var bundle = ModelLearner.Learn(data.Months, progress is null ? options : options with { Progress = progress.Report });
        progress?.Report($"Saving the bundle to {bundleDirectory}");
        ModelBundleStore.Save(bundle, bundleDirectory);
        var comparison = previous is null ? null : ModelComparison.Compare(previous.CrossValidation, bundle.Metadata.CrossValidation);
        return new RetrainResult(bundle.Metadata, previous, comparison, previousProblem);
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
