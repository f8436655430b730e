using Classifier.Core.Review.Decisions;

namespace Classifier.Core.Tests.Review.Decisions;

public sealed class ReviewPrecisionTests
{
    [Fact]
    public void Measure_CountsTheStandingDecisionPerProposedCategory()
    {
        var entries = new[]
        {
            DecisionSamples.Record(DecisionKind.Rejected, id: "a"),
            DecisionSamples.Record(DecisionKind.Accepted, id: "a"),
            DecisionSamples.Record(DecisionKind.Rejected, id: "b"),
            DecisionSamples.Record(DecisionKind.MovedElsewhere, id: "c"),
            DecisionSamples.Record(DecisionKind.Accepted, id: "d"),
            DecisionSamples.Record(DecisionKind.Undone, id: "d"),
            DecisionSamples.Record(DecisionKind.Rejected, id: "a", month: "2023-03"),
        }.Select((r, i) => new LedgerEntry(i + 1, r));

        var measured = Assert.Single(ReviewPrecision.Measure(entries));

        Assert.Equal(new CategoryDecisions("Image Segmentation", Accepted: 1, MovedElsewhere: 1, Rejected: 2), measured);
        Assert.Equal(0.5, measured.FlagPrecision);
        Assert.Equal(0.25, measured.ProposalPrecision);
    }
}
