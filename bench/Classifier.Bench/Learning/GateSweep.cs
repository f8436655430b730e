using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Learning.Gate;

namespace Classifier.Bench.Learning;

/// <summary>Gate settings, leave one month out: out-of-scope recall at 6% and 8% of in-scope papers above the threshold.</summary>
internal static class GateSweep
{
    public static void Run(string[] args)
    {
        var months = DataFolder.ReadMonths();
        using var encoder = DefaultEmbedder.WithCache();
        var papers = months.SelectMany(m => m.Papers).ToList();
        var embedder = new MemoizedEmbedder(encoder, [.. papers, .. papers.Select(OutOfScopeGate.TitleOnly)]);
        GateOptions[] sweep = args.Contains("--second")
            ?
            [
                new() { Neighbours = 10, LbfgsL2 = 10f },
                new() { Neighbours = 10, LbfgsL2 = 10f, VoteSharpness = 20 },
                new() { Neighbours = 10, VoteSharpness = 20 },
                new() { Neighbours = 20, LbfgsL2 = 10f, VoteSharpness = 20 },
                new() { Neighbours = 10, LbfgsL2 = 3f },
            ]
            :
            [
                GateCandidates.Recommended(1),
                new() { Neighbours = 20, LbfgsL2 = 0.1f },
                new() { Neighbours = 20, LbfgsL2 = 10f },
                new() { Neighbours = 10 },
                new() { Neighbours = 40 },
                new() { Neighbours = 20, VoteSharpness = 20 },
                new() { Neighbours = 20, NeighbourWeight = 0.7 },
                new() { Neighbours = 40, VoteSharpness = 20, NeighbourWeight = 0.7 },
            ];
        Console.WriteLine("| gate | recall at 6% | recall at 8% |");
        Console.WriteLine("|---|---|---|");
        foreach (var options in sweep)
        {
            var (q, outside) = GateSelector.OutOfFold(months, options, embedder);
            Console.WriteLine($"| {options.Describe()} | {GateSelector.AtBudget(q, outside, 0.06).Recall:0.000} | {GateSelector.AtBudget(q, outside, 0.08).Recall:0.000} |");
        }
    }
}
