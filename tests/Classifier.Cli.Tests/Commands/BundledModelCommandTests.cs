using System.Text.Json;
using Classifier.Cli.Tests.Support;

namespace Classifier.Cli.Tests.Commands;

/// <summary>The commands with the model committed in trained-models/ (the semantic model), as a new user runs them.</summary>
public sealed class BundledModelCommandTests
{
    [Fact]
    public void Tag_TheExamples_ProposesInScopePapersWithNeighboursAndSaysNoneFitsForTheOthers()
    {
        var result = CvClassify.RunIn(Repository.Root, "tag", "examples/incoming.csv", "--format", "jsonl", "--explain");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var lines = result.OutputLines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(9, lines.Count);
        // The last three are out of scope: driving, adversarial attacks on language models, clinical knowledge.
        Assert.Equal([false, false, false, false, false, false, true, true, true], lines.Select(l => l.GetProperty("noCategoryFits").GetBoolean()));
        Assert.Equal("Image Segmentation", lines[0].GetProperty("category").GetString());
        Assert.All(lines, l => Assert.Equal(3, l.GetProperty("neighbours").GetArrayLength()));
        var neighbour = lines[4].GetProperty("neighbours")[0];
        Assert.False(string.IsNullOrEmpty(neighbour.GetProperty("title").GetString()));
        Assert.Matches(@"^2023-\d\d$", neighbour.GetProperty("month").GetString());
    }

    [Fact]
    public void Review_TheMarchList_NamesTheNearestLabelledPapersOfEachMisfile()
    {
        var result = CvClassify.RunIn(Repository.Root, "review", "data/Top CV Papers in March 2023.md", "--format", "json");

        Assert.Equal(ExitCodes.FindingsAtOrAboveThreshold, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var misfiles = Findings(json.RootElement).Where(f => f.GetProperty("rule").GetString() == "misfile").ToList();
        Assert.NotEmpty(misfiles);
        Assert.All(misfiles, f => Assert.Contains("; close to '", f.GetProperty("message").GetString(), StringComparison.Ordinal));
    }

    private static IEnumerable<JsonElement> Findings(JsonElement root) =>
        root.ValueKind == JsonValueKind.Array ? root.EnumerateArray() : root.GetProperty("findings").EnumerateArray();
}
