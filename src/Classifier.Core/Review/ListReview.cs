using Classifier.Core.Lists;

namespace Classifier.Core.Review;

/// <summary>A reviewed list: its findings, worst first, and whether a model checked it for misfiles.</summary>
internal sealed record ListReview(MonthlyList List, IReadOnlyList<Finding> Findings, bool CheckedMisfiles)
{
    /// <summary>Misfile flags left out because a curator rejected them (see <see cref="Decisions.RejectionFilter"/>).</summary>
    public int HiddenRejections { get; init; }

    public bool HasFindingsAtOrAbove(Severity severity) => Findings.Any(f => f.Severity >= severity);
}
