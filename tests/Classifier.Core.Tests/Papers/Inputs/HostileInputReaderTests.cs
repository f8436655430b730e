using System.Text;
using Classifier.Core.Papers;
using Classifier.Core.Papers.Inputs;
using Classifier.Core.Tests.Support;

namespace Classifier.Core.Tests.Papers.Inputs;

public sealed class HostileInputReaderTests
{
    [Theory]
    [InlineData("papers.csv", "title,summary\na,x\nb,y\nc\xFF,z\n")]
    [InlineData("papers.jsonl", "{\"title\":\"a\"}\n{\"title\":\"b\"}\n\n{\"title\":\"c\xFF\"}\n")]
    public void Read_WhenALineIsNotUtf8_ReadsTheLinesBeforeAndNamesTheBadOne(string name, string latin1)
    {
        using var temp = new TempDirectory();
        var path = temp.Write(name, Encoding.Latin1.GetBytes(latin1));
        var read = new List<Paper>();

        var error = Assert.Throws<InputException>(() => read.AddRange(new PaperInputReader().Read([path])));

        Assert.Equal(["a", "b"], read.Select(p => p.Title));
        Assert.Equal(4, error.Line);
        Assert.Equal("not valid UTF-8 (byte 0xFF)", error.Reason);
    }

    [Fact]
    public void Read_WhenAnAtomEntryIsNotUtf8_NamesItsLine()
    {
        using var temp = new TempDirectory();
        var feed = "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<entry><title>a</title></entry>\n<entry><title>b\xFF</title></entry>\n</feed>";
        var path = temp.Write("feed.atom", Encoding.Latin1.GetBytes(feed));
        var read = new List<Paper>();

        var error = Assert.Throws<InputException>(() => read.AddRange(new PaperInputReader().Read([path])));

        Assert.Equal(["a"], read.Select(p => p.Title));
        Assert.Equal(3, error.Line);
        Assert.StartsWith("not valid UTF-8", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenAValidU_FFFDIsInTheText_KeepsIt()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("papers.jsonl", "{\"title\":\"a \uFFFD b\"}\n");

        var paper = Assert.Single(new PaperInputReader().Read([path]));

        Assert.Equal("a \uFFFD b", paper.Title);
    }

    [Theory]
    [InlineData("papers.jsonl", "the line is longer than 1 MB")]
    [InlineData("papers.csv", "a field is longer than 1 MB")]
    [InlineData("papers.atom", "the entry is longer than 1 MB")]
    public void Read_WhenARecordIsHuge_RefusesItAtItsLine(string name, string reason)
    {
        using var temp = new TempDirectory();
        var huge = new string('x', RecordLimits.MaxRecordChars + 100_000);
        var path = temp.Write(name, Path.GetExtension(name) switch
        {
            ".jsonl" => "{\"title\":\"a\"}\n{\"title\":\"" + huge + "\"}\n",
            ".csv" => "title\na\n" + huge + "\n",
            _ => "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<entry><title>a</title></entry>\n<entry><title>" + huge + "</title></entry></feed>",
        });

        var error = Assert.Throws<InputException>(() => new PaperInputReader().Read([path]).ToList());

        Assert.Equal(name == "papers.jsonl" ? 2 : 3, error.Line);
        Assert.StartsWith(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenACsvFieldHasAStrayQuote_NamesTheLine()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("papers.csv", "title,summary\nok,x\nab\"c\"d,x\n");

        var error = Assert.Throws<InputException>(() => new PaperInputReader().Read([path]).ToList());

        Assert.Equal(3, error.Line);
        Assert.StartsWith("malformed field (a stray quote?)", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<rss version=\"2.0\"><channel/></rss>", "found <rss>")]
    [InlineData("<feed><entry><title>a</title></entry></feed>", "found <feed>")]
    public void Read_WhenTheFeedIsNotAtom_SaysSo(string xml, string found)
    {
        using var temp = new TempDirectory();
        var path = temp.Write("feed.atom", xml);

        var error = Assert.Throws<InputException>(() => new PaperInputReader().Read([path]).ToList());

        Assert.StartsWith("not an Atom feed", error.Reason, StringComparison.Ordinal);
        Assert.EndsWith(found, error.Reason, StringComparison.Ordinal);
    }
}
