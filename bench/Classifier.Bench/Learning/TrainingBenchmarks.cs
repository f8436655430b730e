using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Classifier.Core.Learning;
using Classifier.Core.Papers;

namespace Classifier.Bench.Learning;

/// <summary>One full retrain on all labelled data, for each candidate configuration the learner compares.</summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class TrainingBenchmarks
{
    private List<Paper> _papers = [];

    /// <summary>Index into <see cref="LearnerOptions.DefaultCandidates"/>: SDCA t+s, SDCA t, LBFGS t+s, LBFGS t, OVA-FastTree t.</summary>
    [Params(0, 1, 2, 3, 4)]
    public int Candidate { get; set; }

    [GlobalSetup]
    public void Setup() => _papers = DataFolder.ReadMonths().SelectMany(m => m.Papers).Where(p => p.Category is not null).ToList();

    [Benchmark(Description = "full retrain")]
    public int Retrain() => ModelTrainer.Train(_papers, LearnerOptions.DefaultCandidates(seed: 1)[Candidate]).Labels.Count;
}
