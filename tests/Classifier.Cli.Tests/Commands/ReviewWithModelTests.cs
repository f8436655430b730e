using System.Text.Json;
using Classifier.Cli.Tests.Support;

namespace Classifier.Cli.Tests.Commands;

[Collection(TrainedModelCollection.Name)]
public sealed class ReviewWithModelTests(TrainedModelFixture model)
{
    [Fact]
    public void Review_WithModel_RanksMisfilesAfterStructuralWarnings()
    {
        var result = CvClassify.Run("review", Repository.March, "--format", "json", "--model", model.ModelPath);

        using var json = JsonDocument.Parse(result.Output);
        var findings = json.RootElement.EnumerateArray().ToList();
        var misfiles = findings.Where(f => f.GetProperty("rule").GetString() == "misfile").ToList();
        Assert.NotEmpty(misfiles);
        Assert.All(misfiles, f => Assert.Equal("warning", f.GetProperty("severity").GetString()));
        Assert.All(misfiles, f => Assert.False(string.IsNullOrEmpty(f.GetProperty("proposedCategory").GetString())));
        var scores = misfiles.Select(f => f.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
        var firstMisfile = findings.IndexOf(misfiles[0]);
        Assert.All(findings.Take(firstMisfile), f => Assert.NotEqual("info", f.GetProperty("severity").GetString()));
    }

    [Fact]
    public void Fix_WithoutAccept_HintsEachMisfileWithAnIdTheShellCanPassBack()
    {
        var result = CvClassify.Run("fix", Repository.March, "--model", model.ModelPath);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.NotEmpty(result.ErrorLines);
        Assert.All(result.ErrorLines, line => Assert.Matches(@"^hint: not moved \(use --accept (\d{4}\.\d{4,5}|""[^""]+"")\): ", line));
    }

    [Fact]
    public void Fix_WhenAMisfileIsAccepted_MovesItsRowInTheDiff()
    {
        var review = CvClassify.Run("review", Repository.March, "--format", "json", "--model", model.ModelPath);
        using var json = JsonDocument.Parse(review.Output);
        var misfile = json.RootElement.EnumerateArray().First(f => f.GetProperty("rule").GetString() == "misfile");
        var id = misfile.GetProperty("paperId").GetString()!;
        var line = File.ReadAllLines(Repository.March)[misfile.GetProperty("line").GetInt32() - 1];

        var result = CvClassify.Run("fix", Repository.March, "--model", model.ModelPath, "--accept", id);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("\n-" + line + "\n", result.Output);
        Assert.Contains("\n+" + line.Trim()[..40], result.Output);
        Assert.DoesNotContain($"--accept {id})", result.Error);
    }

    [Fact]
    public void Review_WhenModelIsCorrupt_WritesOneLineAndReturnsBadInput()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.PathOf("model"));
        temp.Write("model/metadata.json", "{}");

        var result = CvClassify.Run("review", Repository.March, "--model", temp.PathOf("model"));

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Single(result.ErrorLines);
    }
}
