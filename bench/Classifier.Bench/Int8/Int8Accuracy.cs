using System.Diagnostics;
using Classifier.Core.Evaluation;
using Classifier.Core.Learning.Candidates;
using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Learning.Features.Embeddings.Quantisation;
using Classifier.Core.Learning.Gate;

namespace Classifier.Bench.Int8;

/// <summary>
/// End accuracy with int8 embeddings against fp32: the bundled configuration (gated category model) leave one month out,
/// trained and scored on the same encoder, per input shape, with the code <c>cvclassify evaluate</c> runs.
/// </summary>
internal static class Int8Accuracy
{
    public static void Run(int seed, IEnumerable<string> schemes)
    {
        var months = DataFolder.ReadMonths();
        var papers = months.SelectMany(m => m.Papers).ToList();
        var candidate = ShapeComparison.Standard(TrainerCandidates.Recommended(seed), GateCandidates.Recommended(seed))[0];
        var budget = new LearnerOptions().MaxInScopeAbstain;
        var clock = Stopwatch.StartNew();
        Console.WriteLine($"leave one month out, {candidate.Name}, seed {seed}");
        Console.WriteLine("| encoder | input | in-scope | accuracy | macro-F1 | top-2 | in-scope abstain | out-of-scope recall |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|");
        foreach (var scheme in new[] { (Int8Options?)null }.Concat(Int8Models.Schemes(schemes)))
        {
            using var encoder = Int8Models.Embedder(scheme);
            var embedder = new MemoizedEmbedder(encoder, [.. papers, .. papers.Select(p => InputShape.TitleOnly.Present(p))]);
            var report = ShapeComparison.Run(months, [candidate], embedder, budget);
            foreach (var r in report.CrossValidation.Where(r => r.Model == candidate.Name).OrderBy(r => r.Shape))
            {
                Console.WriteLine($"| {scheme?.Name ?? "fp32"} | {r.Shape.Describe()} | {r.InScope} | {r.Accuracy:0.000} | {r.MacroF1:0.000} | {r.TopTwo:0.000} | {r.InScopeAbstain:0.000} | {r.OutOfScopeRecall:0.000} |");
            }
            Console.Error.WriteLine($"{scheme?.Name ?? "fp32"} done ({clock.Elapsed.TotalSeconds:0} s)");
        }
    }
}
