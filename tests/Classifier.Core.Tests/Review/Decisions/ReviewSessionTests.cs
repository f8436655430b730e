using Classifier.Core.Lists;
using Classifier.Core.Papers;
using Classifier.Core.Review;
using Classifier.Core.Review.Decisions;
using Classifier.Core.Tests.Support;

namespace Classifier.Core.Tests.Review.Decisions;

public sealed class ReviewSessionTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly string _list;
    private readonly DecisionLedger _ledger;

    public ReviewSessionTests()
    {
        _list = _temp.Write("review-list.md", File.ReadAllText(TestData.PathOf("review-list.md")));
        _ledger = new DecisionLedger(_temp.PathOf("decisions.jsonl"));
    }

    [Fact]
    public void Finish_AfterAnAccept_MovesTheRowKeepsABackupAndRecordsTheDecision()
    {
        var session = Start();

        session.Accept();
        var moved = session.Finish();

        Assert.Equal(1, moved);
        Assert.Equal(File.ReadAllText(TestData.PathOf("review-list.md")), File.ReadAllText(_list + ".bak"));
        Assert.Equal(Taxonomy.ByNumber(4), ListParser.Read(_list).FindRow("2404.00001")!.Paper.Category);
        Assert.Contains("\n| [Broken Row](https://arxiv.org/abs/2404.00004) |  | -- | four cells |\n", File.ReadAllText(_list));
        var record = Assert.Single(_ledger.Read()).Record;
        Assert.Equal((DecisionKind.Accepted, "Image Segmentation", "2024-04"), (record.Decision, record.Chosen, record.Month));
    }

    [Fact]
    public void Start_AfterQuittingHalfway_OffersOnlyTheUndecidedFlags()
    {
        var first = Start();
        first.Reject();
        Assert.Equal(0, first.Finish());

        var second = Start();

        Assert.Equal(["2404.04803"], second.Flags.Select(f => f.PaperId));
        Assert.Equal(File.ReadAllText(TestData.PathOf("review-list.md")), File.ReadAllText(_list));
    }

    [Fact]
    public void Undo_TakesBackTheLastDecisionInTheLedgerAndReturnsToItsFlag()
    {
        var session = Start();
        session.Accept();

        session.Undo();

        Assert.Equal("2404.00001", session.Current?.PaperId);
        Assert.Equal([DecisionKind.Accepted, DecisionKind.Undone], _ledger.Read().Select(e => e.Record.Decision));
        Assert.Equal(0, session.Finish());
        Assert.Equal(2, Start().Flags.Count);
    }

    [Fact]
    public void MoveTo_AnotherCategory_RecordsMovedElsewhereAndMovesThereAtTheEnd()
    {
        var session = Start();

        session.MoveTo(Taxonomy.ByNumber(5));
        session.Skip();
        session.Finish();

        Assert.Equal(Taxonomy.ByNumber(5), ListParser.Read(_list).FindRow("2404.00001")!.Paper.Category);
        var record = Assert.Single(_ledger.Read()).Record;
        Assert.Equal((DecisionKind.MovedElsewhere, "Video Analysis"), (record.Decision, record.Chosen));
        Assert.Null(session.Current);
    }

    [Fact]
    public void Targets_AreTheOtherCategoriesWithATable()
    {
        var session = Start();

        Assert.Equal([4, 5], session.Targets.Select(c => c.Number));
    }

    [Fact]
    public void Finish_WhenTheListChangedOnDisk_RefusesAndKeepsBothTheEditAndTheDecisions()
    {
        var session = Start();
        session.Accept();
        File.AppendAllText(_list, "edited meanwhile\n");

        var error = Assert.Throws<IOException>(() => session.Finish());

        Assert.Contains("changed on disk during the review", error.Message);
        Assert.EndsWith("edited meanwhile\n", File.ReadAllText(_list));
        Assert.Single(_ledger.Read());
    }

    public void Dispose() => _temp.Dispose();

    private ReviewSession Start()
    {
        var review = ListReviewer.Review(_list, [], papers => [Flag(papers, "2404.00001", 0.9), Flag(papers, "2404.04803", 0.6)]);
        var recorder = new DecisionRecorder(_ledger, review.List, "0123456789abcdef", TimeProvider.System);
        return new ReviewSession(review, ListDecisions.For(review.List, _ledger.Read()), recorder);
    }

    private static Finding Flag(IReadOnlyList<Paper> papers, string id, double p) =>
        DecisionSamples.Flag(p, id) with { Location = papers.Single(x => x.Id == id).Source };
}
