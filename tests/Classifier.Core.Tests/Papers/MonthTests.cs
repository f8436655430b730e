using Classifier.Core.Papers;

namespace Classifier.Core.Tests.Papers;

public sealed class MonthTests
{
    [Fact]
    public void ParseIso_ReadsYearAndMonth_AndToIsoWritesThemBack()
    {
        var month = Month.ParseIso("2023-10");

        Assert.Equal(new Month(2023, 10), month);
        Assert.Equal("2023-10", month!.Value.ToIso());
        Assert.Equal("October 2023", month.Value.ToString());
    }

    [Theory]
    [InlineData("2023-13")]
    [InlineData("2023-1")]
    [InlineData("October 2023")]
    [InlineData("")]
    public void ParseIso_OfAnythingElse_IsNull(string text)
    {
        Assert.Null(Month.ParseIso(text));
    }
}
