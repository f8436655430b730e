using System.Diagnostics;
using Classifier.Core.Evaluation;
using Classifier.Core.Learning.Candidates;
using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Learning.Gate;

namespace Classifier.Bench.Learning;

/// <summary>The gate candidates and the per-shape table (gated, previous, n-gram, baseline), leave-one-month-out on data/.</summary>
internal static class ShapeReport
{
    public static void Run(int seed, double budget, bool gates)
    {
        var months = DataFolder.ReadMonths();
        using var encoder = DefaultEmbedder.WithCache();
        var papers = months.SelectMany(m => m.Papers).ToList();
        var embedder = new MemoizedEmbedder(encoder, papers);
        var clock = Stopwatch.StartNew();
        var gate = GateCandidates.Recommended(seed);
        if (gates)
        {
            var (table, best) = GateSelector.Select(months, GateCandidates.All(seed), embedder, budget, line => Console.Error.WriteLine($"{clock.Elapsed.TotalSeconds:0} s: {line}"));
            Console.WriteLine($"| gate (leave one month out) | out-of-scope recall at <= {budget:P0} in-scope | in-scope above |");
            Console.WriteLine("|---|---|---|");
            foreach (var row in table)
            {
                Console.WriteLine($"| {row.Gate} | {row.OutOfScopeRecall:0.000} | {row.InScopeAbstain:0.000} |");
            }
            Console.WriteLine($"best: {best.Describe()} ({clock.Elapsed.TotalSeconds:0} s)");
            gate = best;
        }
        var report = ShapeComparison.Run(months, ShapeComparison.Standard(TrainerCandidates.Recommended(seed), gate), embedder, budget, Console.Error.WriteLine);
        Print("leave-one-month-out (all months)", report.CrossValidation);
        Print($"held-out month {report.HeldOutMonth} (trained on the other months)", report.HeldOut);
        Console.WriteLine($"({clock.Elapsed.TotalSeconds:0} s)");
    }

    private static void Print(string title, IReadOnlyList<ShapeScores> rows)
    {
        Console.WriteLine($"\n{title}\n| model | input | in-scope | out-of-scope | accuracy | macro-F1 | top-2 | in-scope abstain | out-of-scope recall |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var r in rows.OrderBy(r => r.Shape))
        {
            Console.WriteLine($"| {r.Model} | {r.Shape.Describe()} | {r.InScope} | {r.OutOfScope} | {r.Accuracy:0.000} | {r.MacroF1:0.000} | {r.TopTwo:0.000} | {r.InScopeAbstain:0.000} | {r.OutOfScopeRecall:0.000} |");
        }
    }
}
