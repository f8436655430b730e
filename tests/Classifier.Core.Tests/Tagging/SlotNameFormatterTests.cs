using Classifier.Core.Tagging;

namespace Classifier.Core.Tests.Tagging;

public sealed class SlotNameFormatterTests
{
    [Theory]
    [InlineData("TitleFeatures.diffusion|models", "title: diffusion models")]
    [InlineData("TitleFeatures.text-to-image", "title: text-to-image")]
    [InlineData("TitleFeatures.<␠>|s|e|g|m", "title: \"_segm\"")]
    [InlineData("SummaryFeatures.n|e|r|f", "summary: \"nerf\"")]
    [InlineData("Char.<␂>|r|e", "title: \"^re\"")]
    [InlineData("Word.diffusion|models", "title: diffusion models")]
    [InlineData("TitleFeatures.Char.u|r|a", "title: \"ura\"")]
    [InlineData("SummaryFeatures.Word.panoptic", "summary: panoptic")]
    [InlineData("TitleFeatures.Char.a", "title: \"a\"")]
    public void Format_ReadsWordAndCharacterSlots(string slot, string expected)
    {
        Assert.Equal(expected, SlotNameFormatter.Format(slot));
    }

    [Theory]
    [InlineData("TitleFeatures.Word.panoptic", true)]
    [InlineData("Char.u|r", true)]
    [InlineData("", false)]
    [InlineData("EmbeddingFeatures.17", false)]
    public void IsNgram_TellsNgramSlotsFromEmbeddingSlots(string slot, bool expected)
    {
        Assert.Equal(expected, SlotNameFormatter.IsNgram(slot));
    }

    [Theory]
    [InlineData("TitleFeatures.Word.nerf", true)]
    [InlineData("TitleFeatures.Char.<␠>|u|t", false)]
    [InlineData("Char.v|i|s", false)]
    [InlineData("Char.v|i|s|i", true)]
    [InlineData("Word.of", false)]
    [InlineData("Word.in|the", false)]
    [InlineData("Word.in|videos", true)]
    [InlineData("", false)]
    public void IsReason_KeepsTopicWordsAndCharacterNgramsOfFourLettersOrMore(string slot, bool expected)
    {
        Assert.Equal(expected, SlotNameFormatter.IsReason(slot));
    }
}
