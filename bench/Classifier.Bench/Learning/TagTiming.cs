using System.Diagnostics;
using Classifier.Core.Learning;
using Classifier.Core.Learning.Bundles;
using Classifier.Core.Learning.Candidates;
using Classifier.Core.Tagging;

namespace Classifier.Bench.Learning;

/// <summary>
/// Papers per second through <see cref="PaperTagger"/> in one run: a saved semantic bundle (every paper encoded, no
/// cache) against the n-gram reference model learned here (what <c>train --features ngrams</c> gives for bulk tagging).
/// </summary>
internal static class TagTiming
{
    public static void Run(string bundleDirectory)
    {
        var months = DataFolder.ReadMonths();
        var papers = months.SelectMany(m => m.Papers).Select(p => p with { Category = null }).ToList();
        var semantic = ModelBundleStore.Load(bundleDirectory);
        var ngrams = ModelLearner.Learn(months, LearnerOptions.ForConfiguration(TrainerCandidates.NgramReference(seed: 1), folds: 2));
        var semanticRate = Rate(semantic, papers);
        var ngramRate = Rate(ngrams, papers);
        Console.WriteLine(
            $"{papers.Count} papers (title + summary): semantic bundle {semanticRate:0.0} papers/s, n-gram model {ngramRate:0} papers/s; ratio n-gram / semantic {ngramRate / semanticRate:0}");
    }

    // The second pass is timed: the first pays for JIT and, for the semantic bundle, the ONNX session and the model hash.
    private static double Rate(ModelBundle bundle, IReadOnlyList<Classifier.Core.Papers.Paper> papers)
    {
        var tagger = new PaperTagger(bundle);
        _ = tagger.Tag(papers.Take(8)).Count();
        var stopwatch = Stopwatch.StartNew();
        var count = tagger.Tag(papers).Count();
        return count / stopwatch.Elapsed.TotalSeconds;
    }
}
