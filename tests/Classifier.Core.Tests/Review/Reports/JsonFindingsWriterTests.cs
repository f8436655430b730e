using System.Text.Json;
using Classifier.Core.Review.Reports;

namespace Classifier.Core.Tests.Review.Reports;

public sealed class JsonFindingsWriterTests
{
    [Fact]
    public void Write_ProducesAnArrayOfFlatObjects()
    {
        var output = new StringWriter();

        new JsonFindingsWriter().Write([FindingSamples.Misfile, FindingSamples.BrokenLink], output);

        using var document = JsonDocument.Parse(output.ToString());
        var first = document.RootElement[0];
        Assert.Equal(2, document.RootElement.GetArrayLength());
        Assert.Equal("misfile", first.GetProperty("rule").GetString());
        Assert.Equal("warning", first.GetProperty("severity").GetString());
        Assert.Equal(42, first.GetProperty("line").GetInt32());
        Assert.Equal("Image Segmentation", first.GetProperty("proposedCategory").GetString());
        Assert.Equal(JsonValueKind.Null, document.RootElement[1].GetProperty("paperId").ValueKind);
    }

    [Fact]
    public void Write_WhenNoFindings_WritesAnEmptyArray()
    {
        var output = new StringWriter();

        new JsonFindingsWriter().Write([], output);

        Assert.Equal("[]", output.ToString().Trim());
    }
}
