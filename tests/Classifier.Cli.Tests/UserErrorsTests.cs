namespace Classifier.Cli.Tests;

public sealed class UserErrorsTests
{
    public static TheoryData<Exception, string> LibraryFaults => new()
    {
        { new System.Text.Json.JsonException("'b' is invalid.\nPath: $"), "not valid JSON: 'b' is invalid." },
        { new System.Xml.XmlException("Root element is missing."), "malformed XML: Root element is missing." },
        { new InvalidOperationException("bad quote") { Source = "CsvHelper" }, "malformed CSV: bad quote" },
        { new ArgumentException("too deeply nested") { Source = "Markdig" }, "not Markdown that Markdig can read: too deeply nested" },
        { new ArgumentOutOfRangeException("k", "must be positive") { Source = "Microsoft.ML.Data" }, "the model could not use this data: must be positive (Parameter 'k')" },
        { new InvalidOperationException("no rows") { Source = "Microsoft.ML.Core" }, "the model could not use this data: no rows" },
    };

    [Theory]
    [MemberData(nameof(LibraryFaults))]
    public void Describe_ALibrarysRefusal_IsOneLine(Exception exception, string expected)
    {
        Assert.Equal(expected, UserErrors.Describe(exception));
    }

    [Fact]
    public void Describe_AWrongEncoderWrappedByMlNet_GivesTheBundlesOwnLine()
    {
        var wrongEncoder = new Classifier.Core.Learning.Bundles.ModelBundleException("trained-models: trained with encoder A, but this tool has B; retrain the model");
        var wrapped = new InvalidOperationException("Splitter/consolidator worker encountered exception while consuming source data", wrongEncoder) { Source = "Microsoft.ML.Data" };

        Assert.Equal(wrongEncoder.Message, UserErrors.Describe(wrapped));
    }

    [Fact]
    public void Describe_AnInvalidOperationOfOurOwn_IsABugAndNotDescribed()
    {
        Assert.Null(UserErrors.Describe(new InvalidOperationException("bug") { Source = "cvclassify" }));
    }

    [Fact]
    public void Write_EscapesControlCharactersAndKeepsOneLine()
    {
        var error = new StringWriter();

        UserErrors.Write(error, "x.md:3: title \u001b[31mred\u001b[0m\nsecond line");

        Assert.Equal("error: x.md:3: title \\u001B[31mred\\u001B[0m second line" + Environment.NewLine, error.ToString());
    }
}
