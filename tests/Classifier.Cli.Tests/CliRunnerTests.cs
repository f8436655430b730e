using Classifier.Cli.Tests.Support;

namespace Classifier.Cli.Tests;

public sealed class CliRunnerTests
{
    [Fact]
    public void Run_WhenCommandIsUnknown_WritesOneLineAndReturnsBadInput()
    {
        var result = CvClassify.Run("frobnicate");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.StartsWith("error: ", result.Error);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public void Run_WhenHelpIsAsked_PrintsUsageToOutput()
    {
        var result = CvClassify.Run("--help");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("Usage:", result.Output);
        Assert.Equal("", result.Error);
    }
}
