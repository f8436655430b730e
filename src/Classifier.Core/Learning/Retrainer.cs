using Classifier.Core.Evaluation;
using Classifier.Core.Lists;

namespace Classifier.Core.Learning;

/// <summary>Retrains on every labelled month of a data folder, saves the bundle, and compares it with the bundle it replaces.</summary>
internal static class Retrainer
{
    /// <summary>Reads, learns, saves (atomically), and compares cross-validation per category with the previous bundle.</summary>
    public static RetrainResult Retrain(string dataFolder, string bundleDirectory, LearnerOptions options, IProgress<string>? progress = null)
    {
        progress?.Report($"Reading the labelled lists in {dataFolder}");
        var data = LabelledDataReader.Read(dataFolder);
        var (previous, previousProblem) = TryLoadPrevious(bundleDirectory);
        progress?.Report($"Comparing {options.Candidates.Count} trainer(s), cross-validating and calibrating on {data.Months.Sum(m => m.Papers.Count)} papers");
        var bundle = ModelLearner.Learn(data.Months, progress is null ? options : options with { Progress = progress.Report });
        progress?.Report($"Saving the bundle to {bundleDirectory}");
        ModelBundleStore.Save(bundle, bundleDirectory);
        var comparison = previous is null ? null : ModelComparison.Compare(previous.CrossValidation, bundle.Metadata.CrossValidation);
        return new RetrainResult(bundle.Metadata, previous, comparison, previousProblem);
    }

    private static (BundleMetadata? Metadata, string? Problem) TryLoadPrevious(string bundleDirectory)
    {
        if (!Directory.Exists(bundleDirectory) || !Directory.EnumerateFileSystemEntries(bundleDirectory).Any())
        {
            return (null, null);
        }
        try
        {
            return (ModelBundleStore.Load(bundleDirectory).Metadata, null);
        }
        catch (ModelBundleException exception)
        {
            // An unreadable old bundle must not stop retraining; the user is told why there is no comparison.
            return (null, exception.Message);
        }
    }
}
