using System.Text.Json;
using Classifier.Core.Tagging.Outputs;

namespace Classifier.Core.Tests.Tagging.Outputs;

public sealed class AlsoFitsOutputTests
{
    [Fact]
    public void JsonLines_CarriesTheCategoryThatAlsoFitsAndItsProbability_NullWhenNone()
    {
        var output = new StringWriter();

        new TagResultJsonLinesWriter().Write([TagResultSamples.InDoubt, TagResultSamples.Confident], output, top: 2);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal("Image Recognition", lines[0].GetProperty("alsoFits").GetString());
        Assert.Equal(0.41, lines[0].GetProperty("alsoFitsProbability").GetDouble());
        Assert.Equal(JsonValueKind.Null, lines[1].GetProperty("alsoFits").ValueKind);
        Assert.Equal(JsonValueKind.Null, lines[1].GetProperty("alsoFitsProbability").ValueKind);
    }

    [Fact]
    public void Csv_WithoutExplain_EndsEachRecordWithTheCategoryThatAlsoFits_EmptyWhenNone()
    {
        var output = new StringWriter { NewLine = "\n" };

        new TagResultCsvWriter { Explain = false }.Write([TagResultSamples.InDoubt, TagResultSamples.Confident], output, top: 2);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(",also_fits,also_fits_confidence", lines[0], StringComparison.Ordinal);
        Assert.EndsWith(",Image Recognition,0.4100", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",,", lines[2], StringComparison.Ordinal);
    }
}
