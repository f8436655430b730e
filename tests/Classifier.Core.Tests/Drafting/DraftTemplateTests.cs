using Classifier.Core.Drafting;
using Classifier.Core.Lists;
using Classifier.Core.Papers;

namespace Classifier.Core.Tests.Drafting;

public sealed class DraftTemplateTests
{
    private static readonly Month October = new(2023, 10);

    [Fact]
    public void From_AnEarlierList_TakesItsTitleIntroAndPage_WithTheMonthReplaced()
    {
        var september = ListParser.Read(Path.Combine(RepoData.Folder, "Top CV Papers in September 2023.md"));

        var template = DraftTemplate.From(september, October, "Top CV Papers in October 2023.md");

        Assert.Equal("Top Computer Vision Papers in October 2023", template.Title);
        Assert.StartsWith("Computer vision, the branch of artificial intelligence", template.Intro);
        Assert.Contains("October 2023 was a busy month", template.Intro);
        Assert.DoesNotContain("September 2023", template.Intro);
        Assert.EndsWith("The papers are grouped into these 9 categories:", template.Intro);
        Assert.Equal("https://github.com/youssefHosni/Montly-Top-Computer-Vision-Papers/blob/main/Top%20CV%20Papers%20in%20October%202023.md", template.Page);
    }

    [Fact]
    public void From_AListWhosePageDoesNotNameItsMonth_PointsAtTheDraftsFileInTheSameFolder()
    {
        var earlier = ListParser.Parse("# Top CV Papers in May 2024\n\nHello.\n\n* [Image Recognition](https://example.org/lists/latest.md#:~:text=1.%20Image%20Recognition)\n", "may.md");

        var template = DraftTemplate.From(earlier, October, "oct list.md");

        Assert.Equal("https://example.org/lists/oct%20list.md", template.Page);
        Assert.Equal("Hello.", template.Intro);
        Assert.Equal("Top CV Papers in October 2023", template.Title);
    }

    [Fact]
    public void Neutral_LinksToTheListsOwnFile()
    {
        var template = DraftTemplate.Neutral(October, DraftTemplate.FileNameFor(October));

        Assert.Equal("Top%20CV%20Papers%20in%20October%202023.md", template.Page);
        Assert.Contains("October 2023", template.Intro);
    }
}
