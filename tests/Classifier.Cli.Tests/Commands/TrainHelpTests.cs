using Classifier.Cli.Commands;
using Classifier.Cli.Tests.Support;
using Classifier.Core.Learning.Candidates;

namespace Classifier.Cli.Tests.Commands;

public sealed class TrainHelpTests
{
    [Fact]
    public void TrainHelp_DescribesEveryTrainerItAcceptsAndNoOther()
    {
        var result = CvClassify.Run("train", "--help");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.DoesNotContain("fasttree", result.Output, StringComparison.OrdinalIgnoreCase);
        Assert.All(TrainerChoice.Names, name => Assert.Contains($"'{name}' {TrainCommand.TrainerDescriptions[name]}", Flatten(result.Output)));
    }

    [Fact]
    public void Train_WithFastTree_IsRefusedNamingTheValuesAccepted()
    {
        var result = CvClassify.Run("train", "--trainer", "fasttree");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("svm", Assert.Single(result.ErrorLines));
    }

    // Help wraps long descriptions over indented lines.
    private static string Flatten(string help) => string.Join(' ', help.Split('\n').Select(l => l.Trim()));
}
