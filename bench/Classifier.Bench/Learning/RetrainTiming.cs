using System.Diagnostics;
using Classifier.Core.Learning;

namespace Classifier.Bench.Learning;

/// <summary>Wall-clock time of learning on data/ with one configuration against the full trainer comparison, in one process.</summary>
internal static class RetrainTiming
{
    public static void Run(string? bundleDirectory)
    {
        var months = DataFolder.ReadMonths();
        var single = LearnerOptions.ForConfiguration(TrainerCandidates.Recommended(seed: 1));
        var warmup = Time(() => ModelLearner.Learn(months, single));
        var fast = Time(() => ModelLearner.Learn(months, single));
        var fastAgain = Time(() => ModelLearner.Learn(months, single));
        var full = Time(() => ModelLearner.Learn(months, LearnerOptions.CompareTrainers(seed: 1)));
        Console.WriteLine($"single configuration: {fast.Seconds:0.0} s, {fastAgain.Seconds:0.0} s (first, with JIT: {warmup.Seconds:0.0} s)");
        Console.WriteLine($"full comparison of {TrainerCandidates.All(1).Count}: {full.Seconds:0.0} s; ratio full / single = {full.Seconds / Math.Min(fast.Seconds, fastAgain.Seconds):0.0}");
        var metadata = fast.Bundle.Metadata;
        Console.WriteLine($"single: {metadata.Options}: CV macro-F1 {metadata.CrossValidation.Model.MacroF1:0.0000}, accuracy {metadata.CrossValidation.Model.Accuracy:0.0000}, held-out macro-F1 {metadata.HeldOutMonth?.Model.MacroF1:0.0000}");
        foreach (var row in full.Bundle.Metadata.TrainerComparison)
        {
            Console.WriteLine($"  {row.Trainer,-45} CV macro-F1 {row.MacroF1:0.0000}, accuracy {row.Accuracy:0.0000}");
        }
        Console.WriteLine(full.Bundle.Metadata.SelectionReason);
        if (bundleDirectory is not null)
        {
            ModelBundleStore.Save(fast.Bundle, bundleDirectory);
            Console.WriteLine($"saved the single-configuration bundle to {bundleDirectory}");
        }
    }

    private static (double Seconds, ModelBundle Bundle) Time(Func<ModelBundle> learn)
    {
        var stopwatch = Stopwatch.StartNew();
        var bundle = learn();
        return (stopwatch.Elapsed.TotalSeconds, bundle);
    }
}
