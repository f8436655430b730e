namespace Classifier.Core.Review.Decisions;

/// <summary>How the curators' standing decisions went for the flags that proposed one category.</summary>
public sealed record CategoryDecisions(string Category, int Accepted, int MovedElsewhere, int Rejected)
{
    public int Decided => Accepted + MovedElsewhere + Rejected;

    /// <summary>Share of decided flags where the paper was indeed misfiled (accepted or moved elsewhere).</summary>
    public double FlagPrecision => Decided == 0 ? 0 : (double)(Accepted + MovedElsewhere) / Decided;

    /// <summary>Share of decided flags where the proposed category itself was right (accepted).</summary>
    public double ProposalPrecision => Decided == 0 ? 0 : (double)Accepted / Decided;
}

/// <summary>Measures the precision of review on real decisions: per proposed category, how often a curator confirmed the flag.</summary>
public static class ReviewPrecision
{
    /// <summary>Counts the standing decision (latest, undone dropped) on each flag of every list, per proposed category, in name order.</summary>
    public static IReadOnlyList<CategoryDecisions> Measure(IEnumerable<LedgerEntry> entries)
    {
        var standing = entries
            .GroupBy(e => (e.Record.Month, List: e.Record.Month == "" ? e.Record.List : "", e.Record.PaperId, e.Record.Proposed))
            .Select(g => g.Last().Record)
            .Where(r => r.Decision != DecisionKind.Undone);
        return
        [
            .. standing.GroupBy(r => r.Proposed).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new CategoryDecisions(
                g.Key,
                g.Count(r => r.Decision == DecisionKind.Accepted),
                g.Count(r => r.Decision == DecisionKind.MovedElsewhere),
                g.Count(r => r.Decision == DecisionKind.Rejected))),
        ];
    }
}
