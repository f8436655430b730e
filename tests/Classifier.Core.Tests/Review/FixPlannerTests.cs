using Classifier.Core.Lists;
using Classifier.Core.Papers;
using Classifier.Core.Review;

namespace Classifier.Core.Tests.Review;

public sealed class FixPlannerTests
{
    [Fact]
    public void EditsFor_MarchFindings_FixTheTocLinkAndTheSwappedLinks()
    {
        var march = ListParser.Read(RepoData.March);
        var findings = new StructuralReviewer().Review(march);

        var edits = FixPlanner.EditsFor(march, findings);

        Assert.Equal([new RetargetTocLink(12), new SwapLinks("2303.04805")], edits);
    }

    [Fact]
    public void EditsFor_FixedMarch_ReviewsCleanOfStructuralErrorsAndWarningsItCanFix()
    {
        var march = ListParser.Read(RepoData.March);
        var edits = FixPlanner.EditsFor(march, new StructuralReviewer().Review(march));

        var fixedList = ListParser.Parse(ListWriter.Render(march, edits), march.File);

        var left = new StructuralReviewer().Review(fixedList).Where(f => f.Severity > Severity.Info).Select(f => f.RuleId).Distinct();
        Assert.Equal(["other-month"], left);
    }

    [Fact]
    public void EditsFor_MisfileWithProposedCategory_MovesThePaper()
    {
        var march = ListParser.Read(RepoData.March);
        var misfile = new Finding("misfile", Severity.Warning, new SourceLocation(march.File, 25), "m", "f",
            PaperId: "2303.16203", ProposedCategory: Taxonomy.ByNumber(2));

        var edits = FixPlanner.EditsFor(march, [misfile]);

        Assert.Equal([new MovePaper("2303.16203", Taxonomy.ByNumber(2))], edits);
    }
}
