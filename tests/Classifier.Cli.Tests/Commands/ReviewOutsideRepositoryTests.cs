using System.Text.Json;
using Classifier.Cli.Tests.Support;

namespace Classifier.Cli.Tests.Commands;

/// <summary>Review run from a folder outside the repository, as a curator runs it on a working copy.</summary>
[Collection(TrainedModelCollection.Name)]
public sealed class ReviewOutsideRepositoryTests(TrainedModelFixture model)
{
    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("table")]
    public void Review_WhenNoModelIsFound_SaysSoOnStderrAndExitsCheckNotRun(string format)
    {
        using var temp = new TempDirectory();
        temp.Copy(Repository.March);

        var result = CvClassify.RunIn(temp.Path, "review", Path.GetFileName(Repository.March), "--format", format);

        Assert.Equal(ExitCodes.CheckNotRun, result.ExitCode);
        Assert.Contains(result.ErrorLines, line => line.StartsWith("warning: misfiles not checked: no model bundle found", StringComparison.Ordinal));
        Assert.Contains(result.ErrorLines, line => line.StartsWith("note: not compared with other months' lists", StringComparison.Ordinal));
        Assert.Contains("toc-target", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_WithNoMisfiles_ChecksTheStructureAndExitsByItsFindings()
    {
        using var temp = new TempDirectory();
        temp.Copy(Repository.March);

        var result = CvClassify.RunIn(temp.Path, "review", Path.GetFileName(Repository.March), "--format", "json", "--no-misfiles", "--data", Repository.DataFolder);

        Assert.Equal(ExitCodes.FindingsAtOrAboveThreshold, result.ExitCode);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void Review_WhenTheEnvironmentNamesTheModelAndData_ChecksMisfiles()
    {
        using var temp = new TempDirectory();
        temp.Copy(Repository.March);
        var environment = new Dictionary<string, string> { ["CVCLASSIFY_MODEL"] = model.ModelPath, ["CVCLASSIFY_DATA"] = Repository.DataFolder };

        var result = CvClassify.RunIn(temp.Path, c => c with { Variable = environment.GetValueOrDefault }, "review", Path.GetFileName(Repository.March), "--format", "json");

        Assert.Equal(ExitCodes.FindingsAtOrAboveThreshold, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Contains(json.RootElement.EnumerateArray(), f => f.GetProperty("rule").GetString() == "misfile");
    }

    [Fact]
    public void Review_WhenAModelIsInstalledBesideTheTool_ChecksMisfilesWithIt()
    {
        using var temp = new TempDirectory();
        using var tool = new TempDirectory();
        temp.Copy(Repository.March);
        CopyFolder(model.ModelPath, tool.PathOf("trained-models"));

        var result = CvClassify.RunIn(temp.Path, c => c with { ToolDirectory = tool.Path, Variable = _ => null }, "review", Path.GetFileName(Repository.March), "--format", "json", "--data", Repository.DataFolder);

        Assert.Equal(ExitCodes.FindingsAtOrAboveThreshold, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Contains(json.RootElement.EnumerateArray(), f => f.GetProperty("rule").GetString() == "misfile");
    }

    [Fact]
    public void Tag_WhenNoModelIsFound_NamesWhereItLooked()
    {
        using var temp = new TempDirectory();
        var input = temp.Write("papers.csv", "title,summary\nA Detector,Detects objects.\n");

        var result = CvClassify.RunIn(temp.Path, c => c with { Variable = _ => null }, "tag", input);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal(["error: no model bundle found (looked at --model, $CVCLASSIFY_MODEL, the model installed with the tool, ./trained-models); run 'cvclassify train' or pass --model"], result.ErrorLines);
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
