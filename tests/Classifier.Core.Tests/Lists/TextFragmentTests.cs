using Classifier.Core.Lists;

namespace Classifier.Core.Tests.Lists;

public sealed class TextFragmentTests
{
    [Fact]
    public void Parse_WhenPrefixAndSuffixAreGiven_DecodesAndNormalisesEachPart()
    {
        var fragment = TextFragment.Parse("https://x/list.md#:~:text=on%20several%20datasets-,5.%20Video%20Analysis,-Paper");

        Assert.Equal(new TextFragment("on several datasets", "5. video analysis", null, "paper"), fragment);
    }

    [Fact]
    public void Parse_WhenRangeAndNbsp_ReadsStartAndEndWithPlainSpaces()
    {
        var fragment = TextFragment.Parse("#:~:text=3.%20Generative%C2%A0Adversarial,(GANS)");

        Assert.Equal(new TextFragment(null, "3. generative adversarial", "(gans)", null), fragment);
    }

    [Fact]
    public void Parse_WhenLinkHasNoTextDirective_ReturnsNull()
    {
        Assert.Null(TextFragment.Parse("https://x/list.md#1-image-recognition"));
    }

    [Fact]
    public void FindIn_WhenStartAlsoOccursWithoutThePrefix_SkipsToTheOccurrenceAfterThePrefix()
    {
        var fragment = TextFragment.Parse("#:~:text=6.-,Editing,-Paper")!;

        var at = fragment.FindIn("editing tools 5. video paper 6. editing paper");

        Assert.Equal(32, at);
    }
}
