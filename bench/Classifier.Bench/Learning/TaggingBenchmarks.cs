using BenchmarkDotNet.Attributes;
using Classifier.Core.Learning;
using Classifier.Core.Papers;
using Classifier.Core.Tagging;

namespace Classifier.Bench.Learning;

/// <summary>Tagging throughput on unseen variants of the real papers; one operation is one paper.</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class TaggingBenchmarks
{
    private const int PaperCount = 5000;
    private Paper[] _papers = [];
    private PaperTagger _tagger = null!;

    [Params(0, 5)]
    public int Reasons { get; set; }

    [Params(false, true)]
    public bool Summary { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var months = DataFolder.ReadMonths();
        var bundle = ModelLearner.Learn(months, new LearnerOptions { Candidates = [new TrainingOptions { UseSummary = Summary }] });
        _tagger = new PaperTagger(bundle, Reasons);
        var labelled = months.SelectMany(m => m.Papers).ToArray();
        // Unseen variants of the real papers, so nothing is cached by text.
        _papers = Enumerable.Range(0, PaperCount).Select(i => labelled[i % labelled.Length] with { Title = $"{labelled[i % labelled.Length].Title} v{i}" }).ToArray();
    }

    [Benchmark(OperationsPerInvoke = PaperCount, Description = "tag one paper")]
    public int Tag() => _tagger.Tag(_papers).Count(r => r.NoCategoryFits);
}
