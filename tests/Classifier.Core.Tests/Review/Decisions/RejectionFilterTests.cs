using Classifier.Core.Lists;
using Classifier.Core.Papers.Inputs;
using Classifier.Core.Review;
using Classifier.Core.Review.Decisions;
using Classifier.Core.Tests.Support;

namespace Classifier.Core.Tests.Review.Decisions;

public sealed class RejectionFilterTests
{
    private static readonly MonthlyList SmallList = ListParser.Read(TestData.PathOf("small-list.md"));

    [Theory]
    [InlineData(0.60, 0.79, false)]
    [InlineData(0.60, 0.80, true)]
    [InlineData(0.90, 0.94, false)]
    [InlineData(0.90, 0.95, true)]
    [InlineData(0.70, 0.50, false)]
    public void MuchSurer_NeedsARiseOfAFifthOrHalfTheDoubt(double rejectedAt, double now, bool expected) =>
        Assert.Equal(expected, RejectionFilter.MuchSurer(rejectedAt, now));

    [Fact]
    public void Apply_HidesARejectedFlagAndCountsIt()
    {
        var review = Review(DecisionSamples.Flag(p: 0.72));

        var filtered = RejectionFilter.Apply(review, Decisions(DecisionSamples.Record(DecisionKind.Rejected, p: 0.70)), showAll: false);

        Assert.Empty(filtered.Findings);
        Assert.Equal(1, filtered.HiddenRejections);
    }

    [Fact]
    public void Apply_WithShowAll_KeepsTheRejectedFlagAndSaysWhenItWasRejected()
    {
        var review = Review(DecisionSamples.Flag(p: 0.72));

        var filtered = RejectionFilter.Apply(review, Decisions(DecisionSamples.Record(DecisionKind.Rejected, p: 0.70)), showAll: true);

        var flag = Assert.Single(filtered.Findings);
        Assert.EndsWith("; rejected on 2026-11-20 at p=0.70 (now p=0.72; shown by --all)", flag.Message);
        Assert.Equal(0, filtered.HiddenRejections);
    }

    [Fact]
    public void Apply_WhenTheModelIsMuchSurer_ShowsTheFlagAgainWithWhy()
    {
        var review = Review(DecisionSamples.Flag(p: 0.97));

        var filtered = RejectionFilter.Apply(review, Decisions(DecisionSamples.Record(DecisionKind.Rejected, p: 0.62)), showAll: false);

        var flag = Assert.Single(filtered.Findings);
        Assert.EndsWith("; rejected on 2026-11-20; now p=0.97 (was 0.62), so shown again", flag.Message);
    }

    [Fact]
    public void Apply_WhenAnAcceptedMoveWasNotMade_KeepsTheFlagAndSaysSo()
    {
        var review = Review(DecisionSamples.Flag());

        var filtered = RejectionFilter.Apply(review, Decisions(DecisionSamples.Record(DecisionKind.Accepted)), showAll: false);

        Assert.EndsWith("; accepted on 2026-11-20 but still filed under Image Recognition", Assert.Single(filtered.Findings).Message);
    }

    [Fact]
    public void Load_WhenANamedLedgerHoldsOnlyAnotherListsDecisions_SaysSoWithItsLine()
    {
        using var temp = new TempDirectory();
        var ledger = new DecisionLedger(temp.PathOf("decisions.jsonl"));
        ledger.Append(DecisionSamples.Record(DecisionKind.Rejected, month: "2023-03") with { List = "Top CV Papers in March 2023.md" });

        var error = Assert.Throws<InputException>(() => ListDecisions.Load(ledger, SmallList, namedByUser: true));

        Assert.Equal(1, error.Line);
        Assert.Contains("none about small-list.md (2024-04): is this the ledger of another list?", error.Message);
        Assert.Empty(ListDecisions.Load(ledger, SmallList, namedByUser: false).Entries);
    }

    private static ListReview Review(params Finding[] findings) => new(SmallList, findings, CheckedMisfiles: true);

    private static ListDecisions Decisions(params DecisionRecord[] records) =>
        ListDecisions.For(SmallList, [.. records.Select((r, i) => new LedgerEntry(i + 1, r))]);
}
