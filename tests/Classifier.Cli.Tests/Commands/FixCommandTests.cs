using Classifier.Cli.Tests.Support;

namespace Classifier.Cli.Tests.Commands;

public sealed class FixCommandTests
{
    [Fact]
    public void Fix_MarchList_ShowsTheRepairsAsAUnifiedDiff()
    {
        var result = CvClassify.Run("fix", Repository.March);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.StartsWith("--- a/", result.Output);
        Assert.Contains("\n+* [Image Segmentation](", result.Output);
        Assert.Contains("#:~:text=4.%20Image%20Segmentation)", result.Output);
        Assert.Contains("\n+| [X-Avatar: Expressive Human Avatars](https://arxiv.org/abs/2303.04805) | [:octocat:](https://skype-line.github.io/projects/X-Avatar/) |", result.Output);
    }

    [Fact]
    public void Fix_WithWrite_ReplacesTheListAndKeepsABackup()
    {
        using var temp = new TempDirectory();
        var list = temp.Copy(Repository.March);
        var original = File.ReadAllText(list);

        var result = CvClassify.Run("fix", list, "--write");
        var again = CvClassify.Run("review", list, "--format", "json");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal(original, File.ReadAllText(list + ".bak"));
        Assert.NotEqual(original, File.ReadAllText(list));
        Assert.DoesNotContain("toc-target", again.Output);
        Assert.DoesNotContain("row-split", again.Output);
        Assert.DoesNotContain("swapped-links", again.Output);
    }

    [Fact]
    public void Fix_WhenNothingToFix_SaysSoAndLeavesTheFile()
    {
        using var temp = new TempDirectory();
        var list = temp.Write("Top CV Papers in April 2024.md", Lists.OnlyMissingSummary);

        var result = CvClassify.Run("fix", list, "--write");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.EndsWith("nothing to fix.", result.Output.Trim());
        Assert.False(File.Exists(list + ".bak"));
    }

    [Fact]
    public void Fix_WhenAcceptedIdNamesNoSuggestion_WritesOneLineAndReturnsBadInput()
    {
        var result = CvClassify.Run("fix", Repository.March, "--accept", "2303.99999");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.Contains("--accept 2303.99999", result.Error);
    }
}
