using BenchmarkDotNet.Attributes;
using Classifier.Core.Learning;
using Classifier.Core.Learning.Bundles;
using Classifier.Core.Learning.Candidates;

namespace Classifier.Bench.Learning;

/// <summary>Time to load and validate a saved bundle trained on all labelled data.</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class ModelLoadBenchmarks
{
    private string _bundleDirectory = "";

    [GlobalSetup]
    public void Setup()
    {
        var bundle = ModelLearner.Learn(DataFolder.ReadMonths(), new LearnerOptions { Candidates = [new TrainingOptions { UseSummary = false }] });
        _bundleDirectory = Path.Combine(Path.GetTempPath(), $"bench-bundle-{Guid.NewGuid():N}");
        ModelBundleStore.Save(bundle, _bundleDirectory);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_bundleDirectory, recursive: true);

    [Benchmark(Description = "load bundle")]
    public int Load() => ModelBundleStore.Load(_bundleDirectory).Model.Labels.Count;
}
