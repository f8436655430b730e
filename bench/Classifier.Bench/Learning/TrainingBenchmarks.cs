using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Classifier.Core.Learning;
using Classifier.Core.Learning.Candidates;
using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Papers;

namespace Classifier.Bench.Learning;

/// <summary>One full retrain on all labelled data, for each candidate configuration the learner compares.</summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class TrainingBenchmarks
{
    private List<Paper> _papers = [];
    private IPaperEmbedder? _embedder;

    /// <summary>Index into <see cref="TrainerCandidates.All"/> (embeddings from the cache, so only the fit is timed).</summary>
    [Params(0, 1, 2, 3, 4, 5, 6, 7)]
    public int Candidate { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _papers = DataFolder.ReadMonths().SelectMany(m => m.Papers).Where(p => p.Category is not null).ToList();
        _embedder = new MemoizedEmbedder(DefaultEmbedder.WithCache(), _papers);
    }

    [Benchmark(Description = "full retrain")]
    public int Retrain() => ModelTrainer.Train(_papers, TrainerCandidates.All(seed: 1)[Candidate], embedder: _embedder).Labels.Count;
}
