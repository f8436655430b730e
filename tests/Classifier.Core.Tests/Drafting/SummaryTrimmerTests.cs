using Classifier.Core.Drafting;

namespace Classifier.Core.Tests.Drafting;

public sealed class SummaryTrimmerTests
{
    [Fact]
    public void Trim_WhenTwoSentencesOrFewer_KeepsTheSummary()
    {
        const string two = "Builds ConvNets from 1D kernels. They match 2D kernels on ImageNet.";

        Assert.Equal(two, SummaryTrimmer.Trim(two));
        Assert.Equal("", SummaryTrimmer.Trim(""));
    }

    [Fact]
    public void Trim_WhenALongAbstract_KeepsTheFirstTwoSentences()
    {
        var summary = SummaryTrimmer.Trim("Video generation is hard. We introduce two models. The first is T2V. The second is I2V.");

        Assert.Equal("Video generation is hard. We introduce two models.", summary);
    }

    [Fact]
    public void Trim_WhenTheFirstTwoSentencesRunPastTheLimit_KeepsOnlyTheFirst()
    {
        var first = "We introduce a model. ";
        var second = "X" + new string('x', SummaryTrimmer.TwoSentenceLimit) + ".";

        var summary = SummaryTrimmer.Trim(first + second + " A third. A fourth.");

        Assert.Equal(first.Trim(), summary);
    }
}
