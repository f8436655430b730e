using System.Text.Json;
using System.Text.Json.Nodes;
using Classifier.Core.Papers;
using Classifier.Core.Review;
using Classifier.Core.Review.Reports;
using Classifier.Core.Tests.Review.Decisions;
using Classifier.Core.Tests.Support;
using NJsonSchema;

namespace Classifier.Core.Tests.Review.Reports;

/// <summary>
/// Validates against TestData/sarif-schema-2.1.0.json: the OASIS SARIF 2.1.0 schema with the approved errata
/// (oasis-tcs/sarif-spec, sarif-2.1/schema/sarif-schema-2.1.0.json), kept here because the tests run offline.
/// It is JSON Schema draft-04, which NJsonSchema reads.
/// </summary>
public sealed class SarifFindingsWriterTests
{
    private static readonly Finding Unplaced = FindingSamples.BrokenLink with { Location = new SourceLocation("list.md", 0), Severity = Severity.Info };

    [Fact]
    public async Task Write_ProducesALogTheSarifSchemaAccepts()
    {
        var sarif = Write(FindingSamples.Misfile, DecisionSamples.Flag(), FindingSamples.BrokenLink, Unplaced);

        var errors = (await Schema()).Validate(sarif);

        Assert.Empty(errors.Select(e => e.ToString()));
    }

    [Fact]
    public async Task Validate_WhenALevelIsNotSarifs_ReportsIt()
    {
        var sarif = JsonNode.Parse(Write(FindingSamples.Misfile))!;
        sarif["runs"]![0]!["results"]![0]!["level"] = "warn";

        var errors = (await Schema()).Validate(sarif.ToJsonString());

        Assert.NotEmpty(errors);
    }

    [Fact]
    public void Write_PutsEachFindingOnItsFileAndLineWithItsRule()
    {
        using var sarif = JsonDocument.Parse(Write(FindingSamples.Misfile, FindingSamples.BrokenLink, Unplaced));

        var run = sarif.RootElement.GetProperty("runs")[0];
        var results = run.GetProperty("results");
        var location = results[0].GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("data/Top%20CV%20Papers%2C%20March%202023.md", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(42, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(["warning", "error", "note"], results.EnumerateArray().Select(r => r.GetProperty("level").GetString()));
        Assert.Equal(["misfile", "toc-target"], run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(1, results[1].GetProperty("ruleIndex").GetInt32());
        Assert.False(results[2].GetProperty("locations")[0].GetProperty("physicalLocation").TryGetProperty("region", out _));
    }

    [Fact]
    public void Write_CarriesAMisfilesProbabilityAndReasons()
    {
        using var sarif = JsonDocument.Parse(Write(DecisionSamples.Flag(p: 0.8)));

        var properties = sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("properties");
        Assert.Equal(0.8, properties.GetProperty("probability").GetDouble());
        Assert.Equal(["title: detector", "title: plain"], properties.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
    }

    private static string Write(params Finding[] findings)
    {
        var output = new StringWriter();
        new SarifFindingsWriter().Write(findings, output);
        return output.ToString();
    }

    private static Task<JsonSchema> Schema() => JsonSchema.FromFileAsync(TestData.PathOf("sarif-schema-2.1.0.json"));
}
