using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Classifier.Core.Learning;
using Classifier.Core.Papers;
using Classifier.Core.Review;

namespace Classifier.Bench.Learning;

/// <summary>Cost of the slow paths on all labelled data: a full retrain and the 5-fold out-of-fold misfile ranking.</summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class TrainingBenchmarks
{
    private List<Paper> _papers = [];
    private TrainingOptions _options = new();

    [GlobalSetup]
    public void Setup()
    {
        _papers = DataFolder.ReadMonths().SelectMany(m => m.Papers).Where(p => p.Category is not null).ToList();
    }

    [Params(TrainerKind.SdcaMaximumEntropy, TrainerKind.LbfgsMaximumEntropy, TrainerKind.OneVersusAllFastTree)]
    public TrainerKind Trainer { get; set; }

    [IterationSetup]
    public void Configure() => _options = new TrainingOptions { Trainer = Trainer };

    [Benchmark(Description = "full retrain")]
    public int Retrain() => ModelTrainer.Train(_papers, _options).Labels.Count;

    [Benchmark(Description = "5-fold OOF + misfile ranking")]
    public int RankMisfiles() => MisfileDetector.Detect(_papers, _options, folds: 5).Count;
}
