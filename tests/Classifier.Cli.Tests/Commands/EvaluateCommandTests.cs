using Classifier.Cli.Tests.Support;

namespace Classifier.Cli.Tests.Commands;

[Collection(TrainedModelCollection.Name)]
public sealed class EvaluateCommandTests(TrainedModelFixture model)
{
    [Fact]
    public void Evaluate_WithHtml_PrintsBothSplitsAndWritesTheConfusionMatrices()
    {
        using var temp = new TempDirectory();
        var report = temp.PathOf("report.html");

        var result = CvClassify.Run("evaluate", "--data", Repository.DataFolder, "--model", model.ModelPath, "--folds", "2", "--html", report);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("Configuration: LbfgsMaximumEntropy", result.Output);
        Assert.Contains("2-fold stratified cross-validation: ", result.Output);
        Assert.Contains("tested on September 2023", result.Output);
        Assert.Matches(@"baseline accuracy \d\.\d{3}", result.Output);
        Assert.Matches(@"Calibration on out-of-fold predictions: temperature \d+\.\d{3}, ECE \d\.\d{3} -> \d\.\d{3}", result.Output);
        Assert.Matches(@"No category fits when out of scope ranks first or its calibrated probability is above \d\.\d{3}: out of fold, \d+/96 out-of-scope papers", result.Output);
        var page = File.ReadAllText(report);
        Assert.Equal(2, page.Split("<table class=\"matrix\">").Length - 1);
        Assert.Contains("<th>Image &amp; Video Editing</th>", page);
    }

    [Fact]
    public void Evaluate_KeepsTheModelsSeedUnlessOneIsGiven()
    {
        var kept = CvClassify.Run("evaluate", "--data", Repository.DataFolder, "--model", model.ModelPath, "--folds", "2");
        var given = CvClassify.Run("evaluate", "--data", Repository.DataFolder, "--model", model.ModelPath, "--folds", "2", "--seed", "7");

        Assert.Matches(@"Configuration: .*, seed 1\n", kept.Output);
        Assert.Matches(@"Configuration: .*, seed 7\n", given.Output);
    }

    [Fact]
    public void Evaluate_WhenModelIsCorrupt_WritesOneLineAndReturnsBadInput()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.PathOf("model"));
        temp.Write("model/metadata.json", "[]");

        var result = CvClassify.Run("evaluate", "--data", Repository.DataFolder, "--model", temp.PathOf("model"));

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.Contains("metadata.json", result.Error);
    }

    [Fact]
    public void Evaluate_WhenHtmlFolderIsMissing_FailsBeforeEvaluating()
    {
        var result = CvClassify.Run("evaluate", "--data", "no-such-data", "--html", "/no/such/folder/report.html");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal(["error: --html: the folder /no/such/folder does not exist (see 'cvclassify evaluate --help')"], result.ErrorLines);
    }
}
