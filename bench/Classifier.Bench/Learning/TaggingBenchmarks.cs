using BenchmarkDotNet.Attributes;
using Classifier.Core.Learning;
using Classifier.Core.Learning.Candidates;
using Classifier.Core.Papers;
using Classifier.Core.Tagging;

namespace Classifier.Bench.Learning;

/// <summary>Tagging throughput on unseen variants of the real papers, title-only model; one operation is one paper.</summary>
/// <remarks>Baseline: the former path (a PredictionEngine per paper, reasons by a full sort); the other: the cursor over Transform.</remarks>
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
[MemoryDiagnoser]
public class TaggingBenchmarks
{
    private const int PaperCount = 5000;
    private Paper[] _papers = [];
    private PaperTagger _tagger = null!;
    private EngineTagger _engineTagger = null!;
    private TrainedModel _model = null!;
    private TagResultBuilder _builder = null!;

    [Params(0, 5)]
    public int Reasons { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var months = DataFolder.ReadMonths();
        var bundle = ModelLearner.Learn(months, new LearnerOptions { Candidates = [new TrainingOptions { UseSummary = false }] });
        _tagger = new PaperTagger(bundle, Reasons);
        _engineTagger = new EngineTagger(bundle, Reasons);
        _model = bundle.Model;
        _builder = new TagResultBuilder(bundle, Reasons);
        var labelled = months.SelectMany(m => m.Papers).ToArray();
        // Unseen variants of the real papers, so nothing is cached by text.
        _papers = Enumerable.Range(0, PaperCount).Select(i => labelled[i % labelled.Length] with { Title = $"{labelled[i % labelled.Length].Title} v{i}" }).ToArray();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = PaperCount, Description = "engine per paper (before)")]
    public int Engine() => _engineTagger.Tag(_papers).Count(r => r.NoCategoryFits);

    [Benchmark(OperationsPerInvoke = PaperCount, Description = "engine per paper, reused output, new results")]
    public int EngineReused()
    {
        using var engine = _model.CreateEngine();
        var output = new ScoredRow();
        var count = 0;
        foreach (var paper in _papers)
        {
            engine.Predict(PaperRow.Unlabelled(paper), ref output);
            count += _builder.Build(paper, output.Score, output.Features, output.Embedding).NoCategoryFits ? 1 : 0;
        }
        return count;
    }

    [Benchmark(OperationsPerInvoke = PaperCount, Description = "Transform cursor (now)")]
    public int Cursor() => _tagger.Tag(_papers).Count(r => r.NoCategoryFits);
}
