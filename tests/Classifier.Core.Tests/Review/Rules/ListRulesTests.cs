using Classifier.Core.Lists;

namespace Classifier.Core.Tests.Review.Rules;

public sealed class ListRulesTests
{
    [Fact]
    public void Duplicate_FlagsRepeatsByIdOrTitleAndPapersOfAnotherMonth()
    {
        var march = ListParser.Read(RepoData.March);

        var findings = RuleFixture.Review("duplicates.md", "duplicate", march);

        Assert.Equal([9, 10, 11], findings.Lines());
        Assert.Contains("Top CV Papers in March 2023.md:26", findings[2].Message);
    }

    [Fact]
    public void OtherMonth_AllowsTheMonthBeforeButFlagsOlderAndLaterIds()
    {
        var findings = RuleFixture.Review("other-month.md", "other-month");

        Assert.Equal([9, 10], findings.Lines());
        Assert.Contains("2201.09792 from January 2022", findings[0].Message);
    }

    [Fact]
    public void UnknownSection_FlagsAHeadingOutsideTheNine()
    {
        var findings = RuleFixture.Review("sections.md", "unknown-section");

        Assert.Equal([9], findings.Lines());
        Assert.Contains("10. Medical Imaging", findings[0].Message);
    }

    [Fact]
    public void MissingSection_FlagsEachAbsentCategory()
    {
        var findings = RuleFixture.Review("sections.md", "missing-section");

        Assert.Equal(8, findings.Count);
        Assert.DoesNotContain(findings, f => f.Message.Contains("1. Image Recognition"));
    }

    [Fact]
    public void NoPapers_FlagsAListWithoutTables()
    {
        var findings = RuleFixture.Review("no-tables.md", "no-papers");

        Assert.Equal([1], findings.Lines());
        Assert.Contains("no paper table", findings[0].Message);
    }
}
