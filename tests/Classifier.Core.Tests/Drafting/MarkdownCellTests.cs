using Classifier.Core.Drafting;

namespace Classifier.Core.Tests.Drafting;

public sealed class MarkdownCellTests
{
    [Fact]
    public void Text_EscapesPipesAndBackticks_AndJoinsLines()
    {
        Assert.Equal(@"a \| b with \`code\` on one line", MarkdownCell.Text("a | b with `code`\non  one\r\nline"));
    }

    [Fact]
    public void Text_DoublesABackslashOnlyWhereItWouldEscape()
    {
        // A written backslash-pipe stays visible as both: the backslash is escaped, then the pipe.
        Assert.Equal(@"$\alpha$ and \\\| and \\*", MarkdownCell.Text(@"$\alpha$ and \| and \*"));
        Assert.Equal(@"\alpha", MarkdownCell.Text(@"\alpha"));
    }

    [Fact]
    public void LinkLabel_EscapesBrackets()
    {
        Assert.Equal(@"A \[new\] model", MarkdownCell.LinkLabel("A [new] model"));
    }

    [Fact]
    public void LinkTarget_EncodesWhatWouldEndTheLink()
    {
        Assert.Equal("https://example.org/a%20b%28c%29%7C", MarkdownCell.LinkTarget("https://example.org/a b(c)|"));
    }
}
