using System.Globalization;

namespace Classifier.Core.Review.Decisions;

/// <summary>Applies the ledger to a review: hides flags a curator rejected unless the model is now much surer, and notes past decisions.</summary>
public static class RejectionFilter
{
    /// <summary>How much the proposed category's probability must rise for a rejected flag to come back.</summary>
    public const double MuchSurerRise = 0.2;

    /// <summary>
    /// Much surer: the probability of the proposed category rose by at least <see cref="MuchSurerRise"/>, or the model's doubt
    /// (1 - p) is at most half what it was when the flag was rejected (0.90 -> 0.95 counts, 0.60 -> 0.75 does not).
    /// </summary>
    public static bool MuchSurer(double rejectedAt, double now) =>
        now >= rejectedAt + MuchSurerRise - 1e-9 || 1 - now <= (1 - rejectedAt) / 2 + 1e-9;

    /// <summary>The review with rejected flags removed (kept when <paramref name="showAll"/>), and each decided flag's message saying what was decided.</summary>
    internal static ListReview Apply(ListReview review, ListDecisions decisions, bool showAll)
    {
        var shown = new List<Finding>();
        var hidden = 0;
        foreach (var finding in review.Findings)
        {
            var decision = decisions.On(finding);
            var hide = decision is { Decision: DecisionKind.Rejected } && !MuchSurer(decision.Probability, Probability(finding));
            hidden += hide && !showAll ? 1 : 0;
            if (!hide || showAll)
            {
                shown.Add(decision is null ? finding : finding with { Message = $"{finding.Message}; {Note(decision, finding, hide)}" });
            }
        }
        return review with { Findings = shown, HiddenRejections = hidden };
    }

    /// <summary>The paper ids of the flags <see cref="Apply"/> would hide.</summary>
    internal static IReadOnlySet<string> HiddenIds(ListReview review, ListDecisions decisions) =>
        review.Findings
            .Where(f => f.PaperId is not null && decisions.On(f) is { Decision: DecisionKind.Rejected } d && !MuchSurer(d.Probability, Probability(f)))
            .Select(f => f.PaperId!)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>What the ledger says about a flag, e.g. "rejected on 2026-11-20; now p=0.97 (was 0.62)".</summary>
    public static string Note(DecisionRecord decision, Finding flag, bool stillHidden)
    {
        var date = decision.Time.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var now = Probability(flag);
        return decision.Decision switch
        {
            DecisionKind.Rejected when stillHidden => $"rejected on {date} at p={decision.Probability:0.00} (now p={now:0.00}; shown by --all)",
            DecisionKind.Rejected => $"rejected on {date}; now p={now:0.00} (was {decision.Probability:0.00}), so shown again",
            _ => $"{Verb(decision)} on {date} but still filed under {flag.Evidence?.Current ?? decision.Before}",
        };
    }

    private static string Verb(DecisionRecord decision) =>
        decision.Decision == DecisionKind.Accepted ? "accepted" : $"moved to {decision.Chosen}";

    private static double Probability(Finding flag) => flag.Evidence?.ProposedProbability ?? 1 - flag.Score;
}
