using Classifier.Core.Lists;
using Classifier.Core.Review.Decisions;
using Classifier.Core.Tests.Support;

namespace Classifier.Core.Tests.Review.Decisions;

public sealed class ListDecisionsTests
{
    private static readonly MonthlyList SmallList = ListParser.Read(TestData.PathOf("small-list.md"));

    [Fact]
    public void On_TakesTheLatestDecisionOnTheSameFlag()
    {
        var decisions = ListDecisions.For(SmallList, Entries(DecisionKind.Accepted, DecisionKind.Rejected));

        Assert.Equal(DecisionKind.Rejected, decisions.On(DecisionSamples.Flag())?.Decision);
    }

    [Fact]
    public void On_WhenTheLatestDecisionWasUndone_IsUndecided()
    {
        var decisions = ListDecisions.For(SmallList, Entries(DecisionKind.Rejected, DecisionKind.Undone));

        Assert.Null(decisions.On(DecisionSamples.Flag()));
    }

    [Fact]
    public void For_IgnoresDecisionsAboutOtherMonths()
    {
        var decisions = ListDecisions.For(SmallList, [new LedgerEntry(1, DecisionSamples.Record(DecisionKind.Rejected, month: "2023-03"))]);

        Assert.Empty(decisions.Entries);
        Assert.Null(decisions.On(DecisionSamples.Flag()));
    }

    [Fact]
    public void For_SetsAsideDecisionsOnPapersNoLongerInTheList()
    {
        var gone = new LedgerEntry(2, DecisionSamples.Record(DecisionKind.Rejected, id: "2404.99999"));

        var decisions = ListDecisions.For(SmallList, [new LedgerEntry(1, DecisionSamples.Record(DecisionKind.Rejected)), gone]);

        Assert.Equal([gone], decisions.Gone);
        Assert.Equal(2, decisions.Entries.Count);
    }

    private static IReadOnlyList<LedgerEntry> Entries(params DecisionKind[] decisions) =>
        [.. decisions.Select((d, i) => new LedgerEntry(i + 1, DecisionSamples.Record(d)))];
}
