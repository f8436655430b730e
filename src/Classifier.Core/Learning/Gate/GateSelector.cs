using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Papers;

namespace Classifier.Core.Learning.Gate;

/// <summary>One gate candidate measured out of fold (leave one month out).</summary>
/// <param name="OutOfScopeRecall">Out-of-scope papers above the p(out of scope) that lets at most the budget of in-scope papers above it.</param>
/// <param name="InScopeAbstain">In-scope papers above that threshold (at most the budget).</param>
public sealed record GateScore(string Gate, GateOptions Options, double OutOfScopeRecall, double InScopeAbstain);

/// <summary>Compares out-of-scope gates by leave-one-month-out cross-validation: the most out-of-scope papers caught at the in-scope budget wins.</summary>
internal static class GateSelector
{
    public static (IReadOnlyList<GateScore> Table, GateOptions Best) Select(
        IReadOnlyList<LabelledMonth> months, IReadOnlyList<GateOptions> candidates, IPaperEmbedder embedder, double inScopeBudget, Action<string>? progress = null)
    {
        var table = new List<GateScore>();
        foreach (var candidate in candidates)
        {
            progress?.Invoke($"cross-validating the out-of-scope gate {candidate.Describe()} (one fold per month)");
            var (q, outside) = OutOfFold(months, candidate, embedder);
            var (recall, abstain) = AtBudget(q, outside, inScopeBudget);
            table.Add(new GateScore(candidate.Describe(), candidate, recall, abstain));
        }
        // Ties keep the earlier candidate, so the order of the list is the tie-break.
        var best = table.Aggregate((a, b) => b.OutOfScopeRecall > a.OutOfScopeRecall ? b : a);
        return (table, best.Options);
    }

    /// <summary>Each labelled paper's p(out of scope) from a gate trained on the other months, and whether it is out of scope.</summary>
    public static (double[] Q, bool[] OutOfScope) OutOfFold(IReadOnlyList<LabelledMonth> months, GateOptions options, IPaperEmbedder embedder)
    {
        var q = new List<double>();
        var outside = new List<bool>();
        foreach (var month in months)
        {
            var test = month.Papers.Where(p => p.Category is not null).ToList();
            var train = months.Where(m => m != month).SelectMany(m => m.Papers).Where(p => p.Category is not null).ToList();
            if (test.Count == 0 || !train.Any(p => p.Category == Taxonomy.OutOfScope))
            {
                continue;
            }
            q.AddRange(GateLearner.Train(train, options, embedder).Probabilities(test));
            outside.AddRange(test.Select(p => p.Category == Taxonomy.OutOfScope));
        }
        return ([.. q], [.. outside]);
    }

    /// <summary>The share of out-of-scope papers strictly above the threshold that lets at most the budget of in-scope papers above it.</summary>
    public static (double Recall, double InScopeShare) AtBudget(double[] q, bool[] outside, double budget)
    {
        var inScope = q.Where((_, i) => !outside[i]).OrderDescending().ToArray();
        var allowed = (int)Math.Floor(budget * inScope.Length);
        var threshold = inScope.Length == 0 ? 0 : inScope[Math.Min(allowed, inScope.Length - 1)];
        var caught = q.Where((x, i) => outside[i] && x > threshold).Count();
        var outsideCount = outside.Count(o => o);
        return (outsideCount == 0 ? 0 : (double)caught / outsideCount, inScope.Length == 0 ? 0 : inScope.Count(x => x > threshold) / (double)inScope.Length);
    }
}
