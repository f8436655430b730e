using Classifier.Core.Lists;
using Classifier.Core.Papers;
using Classifier.Core.Papers.Inputs;
using Classifier.Core.Review;
using Classifier.Core.Tests.Support;

namespace Classifier.Core.Tests.Review;

public sealed class ListFixerTests
{
    private static readonly MonthlyList s_list = ListParser.Read(TestData.PathOf("small-list.md"));

    private static ListReview ReviewWithMisfile(double score) =>
        new(s_list, [Misfile("2404.00001", score)], CheckedMisfiles: true);

    [Fact]
    public void Fix_WhenMisfileIsNotSelected_LeavesItAndReportsItUnaccepted()
    {
        var fix = ListFixer.Fix(ReviewWithMisfile(0.9), FixSelection.StructuralOnly);

        Assert.Equal("2404.00001", Assert.Single(fix.Unaccepted).PaperId);
        Assert.True(RowLine(fix.FixedText, "Plain Detector") < HeadingLine(fix.FixedText, "4. Image Segmentation"));
    }

    [Fact]
    public void Fix_WhenMisfileIsAccepted_MovesTheRowIntoTheProposedSection()
    {
        var fix = ListFixer.Fix(ReviewWithMisfile(0.9), new FixSelection(new HashSet<string> { "2404.00001" }, null));

        Assert.Empty(fix.Unaccepted);
        Assert.True(RowLine(fix.FixedText, "Plain Detector") > HeadingLine(fix.FixedText, "4. Image Segmentation"));
    }

    [Fact]
    public void Fix_WhenScoreReachesMinScore_MovesTheRow()
    {
        var below = ListFixer.Fix(ReviewWithMisfile(0.4), new FixSelection(new HashSet<string>(), 0.5));
        var above = ListFixer.Fix(ReviewWithMisfile(0.6), new FixSelection(new HashSet<string>(), 0.5));

        Assert.Single(below.Unaccepted);
        Assert.Empty(above.Unaccepted);
    }

    [Fact]
    public void Fix_WhenAcceptedIdIsUnknown_ThrowsNamingIt()
    {
        var error = Assert.Throws<InputException>(() =>
            ListFixer.Fix(ReviewWithMisfile(0.9), new FixSelection(new HashSet<string> { "2404.99999" }, null)));

        Assert.Contains("2404.99999", error.Message);
    }

    [Fact]
    public void Fix_WhenRowIsSplit_JoinsItEvenWithoutFindings()
    {
        var fix = ListFixer.Fix(new ListReview(s_list, [], CheckedMisfiles: false), FixSelection.StructuralOnly);

        Assert.True(fix.HasChanges);
        Assert.Contains("Segments things", fix.FixedText.Split('\n').Single(l => l.Contains("Split Segmenter")));
    }

    [Fact]
    public void Fix_WhenProposedCategoryHasNoSection_ReportsTheMisfileAsUnmovable()
    {
        var review = new ListReview(s_list, [Misfile("2404.00001", 0.9, category: 9)], CheckedMisfiles: true);

        var fix = ListFixer.Fix(review, new FixSelection(new HashSet<string> { "2404.00001" }, null));

        Assert.Equal("2404.00001", Assert.Single(fix.Unmovable).PaperId);
        Assert.Empty(fix.Unaccepted);
        Assert.True(RowLine(fix.FixedText, "Plain Detector") < HeadingLine(fix.FixedText, "4. Image Segmentation"));
    }

    private static Finding Misfile(string id, double score, int category = 4) => new(
        "misfile", Severity.Warning, new SourceLocation(s_list.File, 11), "reads as segmentation", "move it",
        score, id, Taxonomy.ByNumber(category));

    private static int RowLine(string text, string title) => Array.FindIndex(text.Split('\n'), l => l.Contains(title));

    private static int HeadingLine(string text, string heading) => Array.FindIndex(text.Split('\n'), l => l.Contains(heading));
}
