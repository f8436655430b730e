using Classifier.Core.Lists;
using Classifier.Core.Papers;

namespace Classifier.Core.Review.Decisions;

/// <summary>Turns a curator's decision on a flag of one list into a ledger record and appends it.</summary>
internal sealed class DecisionRecorder(DecisionLedger ledger, MonthlyList list, string model, TimeProvider clock)
{
    private readonly ListKey _key = ListKey.Of(list);

    public DecisionLedger Ledger => ledger;

    /// <summary>Appends the decision; <paramref name="chosen"/> is where the paper goes (the proposed category when accepted).</summary>
    public DecisionRecord Record(Finding flag, DecisionKind decision, Category? chosen = null)
    {
        var record = Build(flag, decision, chosen);
        ledger.Append(record);
        return record;
    }

    /// <summary>Appends an <see cref="DecisionKind.Undone"/> record that takes back <paramref name="previous"/>.</summary>
    public DecisionRecord Undo(DecisionRecord previous)
    {
        var record = previous with { Decision = DecisionKind.Undone, Chosen = null, Time = clock.GetUtcNow() };
        ledger.Append(record);
        return record;
    }

    private DecisionRecord Build(Finding flag, DecisionKind decision, Category? chosen)
    {
        var evidence = flag.Evidence;
        var paper = list.FindRow(flag.PaperId!)?.Paper;
        var proposed = flag.ProposedCategory!.Name;
        return new DecisionRecord(
            flag.PaperId!,
            paper?.Title ?? flag.PaperId!,
            _key.FileName,
            _key.Month,
            evidence?.Current ?? paper?.Category?.Name ?? "",
            proposed,
            decision,
            decision switch
            {
                DecisionKind.Accepted => proposed,
                DecisionKind.MovedElsewhere => chosen!.Name,
                _ => null,
            },
            Math.Round(flag.Score, 4),
            Math.Round(evidence?.ProposedProbability ?? 0, 4),
            model,
            clock.GetUtcNow());
    }
}
