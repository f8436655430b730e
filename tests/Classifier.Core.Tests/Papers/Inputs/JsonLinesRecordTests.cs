using System.Text;
using Classifier.Core.Papers.Inputs;
using Classifier.Core.Tests.Support;

namespace Classifier.Core.Tests.Papers.Inputs;

public sealed class JsonLinesRecordTests
{
    public static TheoryData<string> WellFormedLines => new(
        File.ReadAllLines(TestData.PathOf("Inputs/papers.jsonl")).Where(l => l.Trim().Length > 0).Concat(
        [
            """{"title": "Caf\u00e9 \"quoted\" \\ back\/slash", "id": 2303.16203, "summary": null}""",
            """{"title": "é ü 漢字 😀", "tags": ["a", {"b": [1, 2]}], "meta": {"x": {"y": null}}, "summary": "s"}""",
            """{"title": "A", "title": "B", "url": "https://arxiv.org/abs/2303.16203v2"}""",
            """{"id": true, "title": 5, "summary": false}""",
            """{"title": "bad \uD800 surrogate"}""",
            """{"other": "\uD800", "title": "lone surrogate in an ignored field"}""",
            """  {"title":"spaces around"}   """,
            "{}",
        ]));

    [Theory]
    [MemberData(nameof(WellFormedLines))]
    public void TryParseFast_OnAWellFormedObject_ReadsTheFieldsTheDocumentReads(string line)
    {
        var slow = JsonLinesRecord.Parse(line, "in.jsonl", 1);

        var fast = JsonLinesRecord.TryParseFast(Encoding.UTF8.GetBytes(line), []);

        Assert.NotNull(fast);
        Assert.Equal(slow.Names, fast.Names);
        for (var i = 0; i < slow.Names.Count; i++)
        {
            Assert.Equal(Outcome(() => slow.Text(i, "in.jsonl", 1, numberAllowed: true)), Outcome(() => fast.Text(i, "in.jsonl", 1, numberAllowed: true)));
            Assert.Equal(Outcome(() => slow.Text(i, "in.jsonl", 1)), Outcome(() => fast.Text(i, "in.jsonl", 1)));
        }
    }

    [Theory]
    [InlineData("{bad")]
    [InlineData("""{"title": "B",""")]
    [InlineData("""{"title": "A"} {"title": "B"}""")]
    [InlineData("""{"title": "A"} x""")]
    [InlineData("""["title"]""")]
    [InlineData("\"title\"")]
    [InlineData("""{"title": "A",}""")]
    [InlineData("{\"title\": \"tab\tinside\"}")]
    public void TryParseFast_OnAnythingButOneObject_LeavesItToTheDocument(string line)
    {
        Assert.Null(JsonLinesRecord.TryParseFast(Encoding.UTF8.GetBytes(line), []));
    }

    [Fact]
    public void TryParseFast_WithTheKeysOfTheLineBefore_ReusesTheirStrings()
    {
        var first = JsonLinesRecord.TryParseFast("""{"id": "1", "title": "A"}"""u8.ToArray(), [])!;

        var second = JsonLinesRecord.TryParseFast("""{"id": "2", "title": "B"}"""u8.ToArray(), first.Names)!;

        Assert.Same(first.Names[1], second.Names[1]);
        Assert.Equal("B", second.Text(1, "in.jsonl", 2));
    }

    [Fact]
    public void Read_OfLinesLongerThanTheLineReadersBuffer_KeepsEveryLineWhole()
    {
        using var temp = new TempDirectory();
        var titles = Enumerable.Range(0, 40).Select(i => new string((char)('a' + i % 26), 100 + i * 997)).ToList();
        var path = temp.Write("long.jsonl", string.Join("\r\n", titles.Select(t => $$"""{"title": "{{t}}"}""")));

        var papers = JsonLinesPaperReader.Instance.Read(path).ToList();

        Assert.Equal(titles, papers.Select(p => p.Title));
        Assert.Equal(Enumerable.Range(1, 40), papers.Select(p => p.Source.Line));
    }

    // A field's text, or the error reading it gives.
    private static string? Outcome(Func<string?> read)
    {
        try
        {
            return read();
        }
        catch (InputException e)
        {
            return "error: " + e.Message;
        }
    }
}
