using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Classifier.Core.Learning;
using Classifier.Core.Learning.Candidates;
using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Papers;
using Classifier.Core.Review;

namespace Classifier.Bench.Learning;

/// <summary>The out-of-fold paths with the configuration the learner picks on data/ (LBFGS on n-grams + embedding; embeddings from the cache).</summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class RankingBenchmarks
{
    private static readonly TrainingOptions Chosen = TrainerCandidates.Recommended(seed: 1);
    private IPaperEmbedder? _embedder;
    private IReadOnlyList<LabelledMonth> _months = [];
    private List<Paper> _papers = [];

    [GlobalSetup]
    public void Setup()
    {
        _months = DataFolder.ReadMonths();
        _papers = _months.SelectMany(m => m.Papers).Where(p => p.Category is not null).ToList();
        _embedder = new MemoizedEmbedder(DefaultEmbedder.WithCache(), _papers);
    }

    [Benchmark(Description = "5-fold OOF + misfile ranking")]
    public int RankMisfiles() => MisfileDetector.Detect(_papers, Chosen, folds: 5, _embedder).Count;

    [Benchmark(Description = "learn one config: OOF, calibration, hold-out, final fit")]
    public int LearnChosen() => ModelLearner.Learn(_months, new LearnerOptions { Candidates = [Chosen], Embedder = _embedder }).OutOfFold.Count;
}
