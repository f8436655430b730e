using Classifier.Cli.Tests.Support;

namespace Classifier.Cli.Tests.Commands;

/// <summary>fix --check, as CI runs it (dotnet format --verify-no-changes does the same for code).</summary>
public sealed class FixCheckTests
{
    [Fact]
    public void FixCheck_WhenTheListWouldChange_ExitsWouldChangeWithOneLineOnStderrAndNothingOnStdout()
    {
        using var temp = new TempDirectory();
        var list = temp.Copy(Repository.March);
        var before = File.ReadAllText(list);

        var result = CvClassify.Run("fix", list, "--check");

        Assert.Equal(ExitCodes.ListWouldChange, result.ExitCode);
        Assert.Equal("", result.Output);
        var line = Assert.Single(result.ErrorLines);
        Assert.Matches(@"^.+: would change \(\d+ finding\(s\) fixed, \d+ line\(s\) written\); run 'cvclassify fix' to see the diff\.$", line);
        Assert.Equal(before, File.ReadAllText(list));
    }

    [Fact]
    public void FixCheck_WhenNothingWouldChange_ExitsOk()
    {
        using var temp = new TempDirectory();
        var list = temp.Write("Top CV Papers in April 2024.md", Lists.OnlyMissingSummary);

        var result = CvClassify.Run("fix", list, "--check");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Equal([$"{list}: nothing to fix."], result.ErrorLines);
    }

    [Fact]
    public void FixCheck_WithWrite_IsRefusedAsBadUsage()
    {
        var result = CvClassify.Run("fix", Repository.March, "--check", "--write");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("--check and --write cannot be used together", Assert.Single(result.ErrorLines));
    }
}
