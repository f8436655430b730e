using Classifier.Core.Lists;

namespace Classifier.Core.Review.Decisions;

/// <summary>A move the ledger says a curator made, with the category the list files the paper under now.</summary>
public sealed record UndoneMove(LedgerEntry Entry, string? FiledUnder);

/// <summary>Finds accepted or moved-elsewhere decisions that the list no longer reflects (moved back by hand, or never written).</summary>
internal static class UndoneMoveFinder
{
    /// <summary>Standing moves whose paper is still in the list but not under the chosen category.</summary>
    public static IReadOnlyList<UndoneMove> Find(MonthlyList list, ListDecisions decisions) =>
    [
        .. decisions.Standing
            .Where(e => e.Record.Moves)
            .Select(e => (Entry: e, Row: list.FindRow(e.Record.PaperId)))
            .Where(x => x.Row is not null && x.Row.Paper.Category?.Name != x.Entry.Record.Chosen)
            .Select(x => new UndoneMove(x.Entry, x.Row!.Paper.Category?.Name)),
    ];
}
