using Classifier.Core.Papers;

namespace Classifier.Core.Tests.Papers;

public sealed class TaxonomyTests
{
    [Fact]
    public void Find_WhenNameHasNonBreakingSpace_ReturnsTheCategory()
    {
        var category = Taxonomy.Find("Generative Adversarial Networks\u00A0(GANS)");

        Assert.Equal(3, category?.Number);
    }

    [Fact]
    public void Find_WhenNameIsUnknown_ReturnsNull()
    {
        Assert.Null(Taxonomy.Find("Medical Imaging"));
    }

    [Fact]
    public void MonthFindIn_ReadsMonthFromListTitle()
    {
        var month = Month.FindIn("Top CV Papers in March 2023.md");

        Assert.Equal(new Month(2023, 3), month);
        Assert.Equal("2303", month?.ArxivPrefix);
    }
}
