using Classifier.Core.Lists;
using Classifier.Core.Papers.Inputs;

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

    /// <summary>
    /// Reads the ledger's decisions about <paramref name="list"/>. A ledger the user named that holds decisions, none of them
    /// about this list, is an error: it is most likely another list's.
    /// </summary>
    internal static ListDecisions Load(DecisionLedger ledger, MonthlyList list, bool namedByUser)
    {
        var entries = ledger.Read();
        var decisions = For(list, entries);
        if (namedByUser && entries.Count > 0 && decisions.Entries.Count == 0)
        {
            var first = entries[0].Record;
            throw new InputException(
                ledger.Path, entries[0].Line, $"decision about {first.List} ({first.Month}), and none about {ListKey.Of(list)}: is this the ledger of another list?");
        }
        return decisions;
    }

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
