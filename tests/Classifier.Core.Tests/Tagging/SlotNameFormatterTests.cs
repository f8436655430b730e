using Classifier.Core.Tagging;

namespace Classifier.Core.Tests.Tagging;

public sealed class SlotNameFormatterTests
{
    [Theory]
    [InlineData("TitleFeatures.diffusion|models", "title: diffusion models")]
    [InlineData("TitleFeatures.text-to-image", "title: text-to-image")]
    [InlineData("TitleFeatures.<␠>|s|e|g|m", "title: \"_segm\"")]
    [InlineData("SummaryFeatures.n|e|r|f", "summary: \"nerf\"")]
    public void Format_ReadsWordAndCharacterSlots(string slot, string expected)
    {
        Assert.Equal(expected, SlotNameFormatter.Format(slot));
    }
}
