using System.Text.Json;
using Classifier.Cli.Tests.Support;

namespace Classifier.Cli.Tests.Commands;

public sealed class ReviewCommandTests
{
    [Fact]
    public void Review_MarchList_ListsTheBrokenTocLinkAndFailsOnErrors()
    {
        var result = CvClassify.Run("review", Repository.March, "--data", Repository.DataFolder, "--no-misfiles");

        Assert.Equal(ExitCodes.FindingsAtOrAboveThreshold, result.ExitCode);
        Assert.Contains("toc-target", result.Output);
        Assert.Contains("Contents link \"Image Segmentation\" lands on section \"6.", result.Output);
        Assert.Contains("row-split", result.Output);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void Review_WhenOnlyInfoFindings_PassesByDefaultAndFailsOnInfo()
    {
        using var temp = new TempDirectory();
        var list = temp.Write("Top CV Papers in April 2024.md", Lists.OnlyMissingSummary);

        var byDefault = CvClassify.Run("review", list, "--format", "markdown", "--no-misfiles");
        var strict = CvClassify.Run("review", list, "--format", "markdown", "--fail-on", "info", "--no-misfiles");

        Assert.Equal(ExitCodes.Ok, byDefault.ExitCode);
        Assert.Equal(ExitCodes.FindingsAtOrAboveThreshold, strict.ExitCode);
        Assert.Contains("| info | missing-summary |", byDefault.Output);
        Assert.Contains("A Detector", byDefault.Output);
    }

    [Fact]
    public void Review_AsJson_WritesOneObjectPerFinding()
    {
        var result = CvClassify.Run("review", Repository.March, "--format", "json", "--data", Repository.DataFolder);

        using var json = JsonDocument.Parse(result.Output);
        var rules = json.RootElement.EnumerateArray().Select(f => f.GetProperty("rule").GetString()).ToList();
        Assert.Contains("toc-target", rules);
        Assert.Contains("swapped-links", rules);
        Assert.Equal(12, json.RootElement[0].GetProperty("line").GetInt32());
    }

    [Fact]
    public void Review_AsGitHubAnnotations_WritesOneCommandPerFinding()
    {
        var result = CvClassify.Run("review", Repository.March, "--format", "github");

        Assert.All(result.OutputLines, line => Assert.Matches("^::(error|warning|notice) file=.+,line=\\d+,title=[a-z-]+::", line));
        Assert.Contains(result.OutputLines, line => line.StartsWith("::error ") && line.Contains("line=12,title=toc-target::"));
    }

    [Fact]
    public void Review_WhenListIsMissing_WritesOneLineAndReturnsBadInput()
    {
        var result = CvClassify.Run("review", "no-such-list.md");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal(["error: no-such-list.md: file not found"], result.ErrorLines);
    }

    [Fact]
    public void Review_WhenListIsNotText_WritesOneLineNamingTheLine()
    {
        using var temp = new TempDirectory();
        var list = temp.Write("broken.md", "# Top CV Papers in May 2023\n\n| a | b |\n\0\0\0");

        var result = CvClassify.Run("review", list);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.StartsWith($"error: {list}:4: binary content", result.Error);
    }

    [Fact]
    public void Review_WhenFormatIsUnknown_WritesOneLineAndReturnsBadInput()
    {
        var result = CvClassify.Run("review", Repository.March, "--format", "yaml");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.Contains("yaml", result.Error);
    }

    [Fact]
    public void Review_WhenDataFolderIsGivenButMissing_ReturnsBadInput()
    {
        var result = CvClassify.Run("review", Repository.March, "--data", "no-such-folder");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal(["error: no-such-folder: data folder not found"], result.ErrorLines);
    }

    [Fact]
    public void Review_WithHtmlFormat_WritesOnePageWithTheStructuralDiff()
    {
        var result = CvClassify.Run("review", Repository.March, "--format", "html", "--data", Repository.DataFolder, "--no-misfiles");

        Assert.Equal(ExitCodes.FindingsAtOrAboveThreshold, result.ExitCode);
        Assert.StartsWith("<!DOCTYPE html>", result.Output);
        Assert.Contains("<h2 class=\"error\">Errors (2)</h2>", result.Output);
        Assert.Contains("<h2>Structural repairs (what <code>cvclassify fix</code> shows)</h2>", result.Output);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void Review_WithSarifFormat_WritesOneRunWithAResultPerFinding()
    {
        var json = CvClassify.Run("review", Repository.March, "--format", "json");
        var sarif = CvClassify.Run("review", Repository.March, "--format", "sarif");

        using var log = System.Text.Json.JsonDocument.Parse(sarif.Output);
        using var findings = System.Text.Json.JsonDocument.Parse(json.Output);
        Assert.Equal("2.1.0", log.RootElement.GetProperty("version").GetString());
        Assert.Equal(findings.RootElement.GetArrayLength(), log.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
    }
}
