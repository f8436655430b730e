using Classifier.Cli.Tests.Support;
using Classifier.Core.Review.Decisions;

namespace Classifier.Cli.Tests.Commands;

public sealed class TrainCommandTests
{
    [Fact]
    public void Train_ThenRetrainOnANewMonth_ReportsTheChangePerCategory()
    {
        using var temp = new TempDirectory();
        var data = Directory.CreateDirectory(temp.PathOf("data")).FullName;
        File.Copy(Repository.March, Path.Combine(data, Path.GetFileName(Repository.March)));
        File.Copy(Repository.May, Path.Combine(data, Path.GetFileName(Repository.May)));
        // An empty model folder (as a fresh checkout may have) is no previous model, not a broken one.
        Directory.CreateDirectory(temp.PathOf("trained-models"));

        var first = CvClassify.RunIn(temp.Path, "train", "--features", "ngrams", "--folds", "2");
        File.Copy(Repository.June, Path.Combine(data, Path.GetFileName(Repository.June)));
        var ledger = new DecisionLedger(Path.Combine(data, DecisionLedger.FileName));
        ledger.Append(Decision("2303.1", DecisionKind.Accepted));
        ledger.Append(Decision("2303.2", DecisionKind.Rejected));
        var second = CvClassify.RunIn(temp.Path, "train", "--folds", "2");

        Assert.Equal(ExitCodes.Ok, first.ExitCode);
        Assert.Contains("2-fold stratified cross-validation", first.Output);
        Assert.Contains("tested on May 2023", first.Output);
        Assert.Contains("No previous model to compare with.", first.Output);
        Assert.Matches(@"(Sdca|Lbfgs)MaximumEntropy l2=[\dE.+-]+ \(word 1-2 \+ char 1-5 of title(\+summary)?\)\s+│\s+\d\.\d{3}\s+│\s+\d\.\d{3}\s+│\s+yes", first.Output);
        Assert.Contains("Calibration on out-of-fold predictions", first.Output);
        Assert.Contains("Review decisions: none yet in", first.Output);
        Assert.True(File.Exists(temp.PathOf("trained-models/metadata.json")));
        Assert.Equal(ExitCodes.Ok, second.ExitCode);
        Assert.Contains("tested on June 2023", second.Output);
        Assert.Matches("^Trained (Sdca|Lbfgs)MaximumEntropy", second.Output);
        Assert.DoesNotContain("embedding", first.Output);
        Assert.Contains("carried over", second.Output);
        // The month just added is a true hold-out for the previous model, and out of fold for the new one.
        Assert.Contains("The previous model on June 2023 (a true hold-out: it never saw them) against the new model out of fold on them", second.Output);
        Assert.Matches(@"Action Recognition\s+│\s+\d\.\d{3}\s+│\s+\d\.\d{3}\s+│\s+[-+]?\d\.\d{3}\s+│\s+(better|worse|same)", second.Output);
        Assert.Matches(@"Video Analysis\s+│\s+1\s+│\s+0\s+│\s+1\s+│\s+0\.50\s+│\s+0\.50", second.Output);
        Assert.Equal("", first.Error + second.Error);
    }

    private static DecisionRecord Decision(string id, DecisionKind decision) => new(
        id, "t", "Top CV Papers in March 2023.md", "2023-03", "Image Recognition", "Video Analysis", decision,
        decision == DecisionKind.Accepted ? "Video Analysis" : null, 0.9, 0.8, "model", DateTimeOffset.UnixEpoch);

    [Fact]
    public void Train_WhenDataFolderIsMissing_WritesOneLineAndReturnsBadInput()
    {
        using var temp = new TempDirectory();

        var result = CvClassify.RunIn(temp.Path, "train");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal([$"error: {temp.PathOf("data")}: data folder not found"], result.ErrorLines);
        Assert.False(Directory.Exists(temp.PathOf("trained-models")));
    }

    [Fact]
    public void Train_WhenTrainerIsUnknown_ReturnsBadInput()
    {
        var result = CvClassify.Run("train", "--trainer", "bogus");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Single(result.ErrorLines);
    }

    [Fact]
    public void Train_WhenEncoderIsUnknown_ReturnsBadInputNamingTheWeights()
    {
        var result = CvClassify.Run("train", "--encoder", "fp16");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("fp16", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }
}
