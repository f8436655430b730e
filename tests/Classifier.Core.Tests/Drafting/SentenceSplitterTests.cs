using Classifier.Core.Drafting;

namespace Classifier.Core.Tests.Drafting;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Split_AtFullStopsBeforeACapital_GivesEachSentence()
    {
        var sentences = SentenceSplitter.Split("We propose X. It works well! Does it scale? Yes.");

        Assert.Equal(["We propose X.", "It works well!", "Does it scale?", "Yes."], sentences);
    }

    [Theory]
    [InlineData("Models such as CLIP, e.g. ViT-L, are strong. They transfer.")]
    [InlineData("As shown by Smith et al. Their method is slow. They transfer.")]
    [InlineData("See Fig. 3 for the results of v1.5 at 3.5 FPS. They transfer.")]
    public void Split_AfterAnAbbreviationOrInADecimal_DoesNotEndTheSentence(string text)
    {
        var sentences = SentenceSplitter.Split(text);

        Assert.Equal("They transfer.", sentences[^1]);
        Assert.Equal(text[..^" They transfer.".Length], sentences[0]);
    }

    [Fact]
    public void Split_BeforeALowerCaseWord_DoesNotEndTheSentence()
    {
        var sentences = SentenceSplitter.Split("It uses the U.S. census data. and more");

        Assert.Equal(["It uses the U.S. census data. and more"], sentences);
    }

    [Fact]
    public void Split_KeepsClosingBracketsWithTheirSentence()
    {
        var sentences = SentenceSplitter.Split("It is fast (82 FPS.) The code is public.");

        Assert.Equal(["It is fast (82 FPS.)", "The code is public."], sentences);
    }

    [Fact]
    public void Split_WithoutAFinalStop_KeepsTheTail()
    {
        Assert.Equal(["One.", "Two without a stop"], SentenceSplitter.Split("One. Two without a stop"));
        Assert.Empty(SentenceSplitter.Split("   "));
    }
}
