using System.Text.Json;
using Classifier.Core.Tagging.Outputs;

namespace Classifier.Core.Tests.Tagging.Outputs;

public sealed class TagResultJsonLinesWriterTests
{
    [Fact]
    public void Write_WritesOneObjectPerLineWithTheTopK()
    {
        var output = new StringWriter();

        new TagResultJsonLinesWriter().Write([TagResultSamples.Confident, TagResultSamples.Abstaining], output, top: 2);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal("Image Segmentation", lines[0].GetProperty("category").GetString());
        Assert.Equal("in.jsonl:3", lines[0].GetProperty("source").GetString());
        Assert.Equal(2, lines[0].GetProperty("top").GetArrayLength());
        Assert.Equal(["title: segment", "title: anything"], lines[0].GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.True(lines[1].GetProperty("noCategoryFits").GetBoolean());
        Assert.Equal(JsonValueKind.Null, lines[1].GetProperty("category").ValueKind);
        Assert.Equal(0.31, lines[1].GetProperty("confidence").GetDouble());
    }

    [Fact]
    public void Write_FlushesAfterEachResult()
    {
        var output = new FlushCountingWriter();

        new TagResultJsonLinesWriter().Write([TagResultSamples.Confident, TagResultSamples.Abstaining], output, top: 1);

        Assert.Equal(2, output.Flushes);
    }

    private sealed class FlushCountingWriter : StringWriter
    {
        public int Flushes { get; private set; }

        public override void Flush() => Flushes++;
    }
}
