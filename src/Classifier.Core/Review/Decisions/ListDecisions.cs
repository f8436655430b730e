using Classifier.Core.Lists;

namespace Classifier.Core.Review.Decisions;

/// <summary>The ledger's decisions about one list: the standing decision per flag (paper and proposed category), latest wins.</summary>
public sealed class ListDecisions
{
    private readonly Dictionary<(string PaperId, string Proposed), LedgerEntry> _standing;

    private ListDecisions(IReadOnlyList<LedgerEntry> entries, IReadOnlyList<LedgerEntry> gone)
    {
        Entries = entries;
        Gone = gone;
        _standing = entries
            .GroupBy(e => (e.Record.PaperId, e.Record.Proposed))
            .Select(g => g.Last())
            .Where(e => e.Record.Decision != DecisionKind.Undone)
            .ToDictionary(e => (e.Record.PaperId, e.Record.Proposed));
    }

    /// <summary>This list's records, in ledger order.</summary>
    public IReadOnlyList<LedgerEntry> Entries { get; }

    /// <summary>Records about papers the list no longer holds; kept in the ledger, reported, otherwise ignored.</summary>
    public IReadOnlyList<LedgerEntry> Gone { get; }

    /// <summary>The standing decisions (undone ones dropped), latest per flag, in ledger order.</summary>
    public IEnumerable<LedgerEntry> Standing => _standing.Values.OrderBy(e => e.Line);

    public static ListDecisions None { get; } = new([], []);

    /// <summary>The records of <paramref name="entries"/> that are about <paramref name="list"/> (same month, or same file when it has none).</summary>
    internal static ListDecisions For(MonthlyList list, IReadOnlyList<LedgerEntry> entries)
    {
        var key = ListKey.Of(list);
        var mine = entries.Where(e => key.Matches(e.Record)).ToList();
        var ids = list.Papers.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        return new ListDecisions(mine, [.. mine.Where(e => !ids.Contains(e.Record.PaperId))]);
    }

    /// <summary>The standing decision on a flag, if the curator made one.</summary>
    public DecisionRecord? On(Finding flag) =>
        flag is { PaperId: { } id, ProposedCategory: { } proposed } && _standing.TryGetValue((id, proposed.Name), out var entry)
            ? entry.Record
            : null;
}
