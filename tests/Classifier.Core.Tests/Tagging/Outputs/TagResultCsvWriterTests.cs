using System.Globalization;
using Classifier.Core.Tagging.Outputs;
using CsvHelper;

namespace Classifier.Core.Tests.Tagging.Outputs;

public sealed class TagResultCsvWriterTests
{
    [Fact]
    public void Write_QuotesFieldsAndLeavesTheCategoryEmptyWhenNoneFits()
    {
        var output = new StringWriter { NewLine = "\n" };

        new TagResultCsvWriter().Write([TagResultSamples.Confident, TagResultSamples.Abstaining], output, top: 2);

        using var csv = new CsvReader(new StringReader(output.ToString()), CultureInfo.InvariantCulture);
        var records = csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        Assert.Equal("Segment Anything, \"again\"", records[0]["title"]);
        Assert.Equal("Image Segmentation=0.9100; Image Recognition=0.0600", records[0]["top"]);
        Assert.Equal("", records[1]["category"]);
        Assert.Equal("true", records[1]["no_category_fits"]);
        Assert.DoesNotContain('\r', output.ToString());
    }

    [Fact]
    public void Write_WhenATitleHoldsABareCarriageReturn_QuotesItSoNoRowIsForged()
    {
        var output = new StringWriter { NewLine = "\n" };
        var forged = TagResultSamples.Confident with { Paper = TagResultSamples.Confident.Paper with { Title = "A title\rforged,row,here" } };

        new TagResultCsvWriter().Write([forged, TagResultSamples.Abstaining], output, top: 2);

        using var csv = new CsvReader(new StringReader(output.ToString()), CultureInfo.InvariantCulture);
        var records = csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(2, records.Count);
        Assert.Equal("A title\rforged,row,here", records[0]["title"]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+1+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tTab")]
    [InlineData("\rReturn")]
    public void Write_WhenATitleStartsLikeAFormula_PrefixesItWithAQuote(string title)
    {
        var output = new StringWriter { NewLine = "\n" };
        var result = TagResultSamples.Confident with { Paper = TagResultSamples.Confident.Paper with { Title = title } };

        new TagResultCsvWriter().Write([result], output, top: 2);

        using var csv = new CsvReader(new StringReader(output.ToString()), CultureInfo.InvariantCulture);
        var record = Assert.Single(csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList());
        Assert.Equal("'" + title, record["title"]);
    }
}
