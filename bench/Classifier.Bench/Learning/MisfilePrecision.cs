using System.Diagnostics;
using Classifier.Core.Evaluation;
using Classifier.Core.Learning.Candidates;
using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Learning.Gate;

namespace Classifier.Bench.Learning;

/// <summary>Misfile precision at k (k = papers moved) with 10% of each held-out month moved, over several seeds: mean and range.</summary>
internal static class MisfilePrecision
{
    public static void Run(int seeds)
    {
        var months = DataFolder.ReadMonths();
        using var encoder = DefaultEmbedder.WithCache();
        var papers = months.SelectMany(m => m.Papers).ToList();
        var embedder = new MemoizedEmbedder(encoder, [.. papers, .. papers.Select(OutOfScopeGate.TitleOnly)]);
        var clock = Stopwatch.StartNew();
        var options = TrainerCandidates.Recommended(1);
        foreach (var (name, gate) in new (string, GateOptions?)[] { ("gated", GateCandidates.Recommended(1)), ("previous (10th class)", null) })
        {
            var results = MisfileInjection.OnEveryMonth(months, options, gate, embedder, [.. Enumerable.Range(1, seeds)], 0.1, Console.Error.WriteLine);
            Console.WriteLine($"\n{name}: P@k, 10% of a held-out month moved, {seeds} seeds per month");
            Console.WriteLine("| month | papers | moved | P@k mean | min | max |");
            Console.WriteLine("|---|---|---|---|---|---|");
            foreach (var month in results.GroupBy(r => r.Result.Month))
            {
                var p = month.Select(r => r.Result.PrecisionAtK).ToList();
                Console.WriteLine($"| {month.Key} | {month.First().Result.Papers} | {month.First().Result.Moved} | {p.Average():0.000} | {p.Min():0.000} | {p.Max():0.000} |");
            }
            var all = results.Select(r => r.Result.PrecisionAtK).ToList();
            var pooled = results.Sum(r => r.Result.FoundInTopK) / (double)results.Sum(r => r.Result.Moved);
            Console.WriteLine($"all: mean {all.Average():0.000}, range {all.Min():0.000}-{all.Max():0.000}, pooled {pooled:0.000} over {results.Count} runs ({clock.Elapsed.TotalSeconds:0} s)");
        }
    }
}
