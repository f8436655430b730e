using Classifier.Cli.Tests.Support;

namespace Classifier.Cli.Tests.Commands;

/// <summary>Inputs a command cannot use end in one error line and exit 2: numbers out of range, unusable data folders, Markdown past Markdig's depth limit.</summary>
[Collection(TrainedModelCollection.Name)]
public sealed class RefusedInputTests(TrainedModelFixture model)
{
    [Theory]
    [InlineData("tag", "--top", "99999999999")]
    [InlineData("tag", "--top", "11")]
    [InlineData("train", "--folds", "99999999999")]
    [InlineData("train", "--folds", "51")]
    [InlineData("evaluate", "--seed", "-1")]
    [InlineData("fix", "--min-score", "-1")]
    [InlineData("fix", "--min-score", "1.5")]
    [InlineData("fix", "--min-score", "NaN")]
    public void Run_WithANumberOutOfRange_RefusesItInOneLine(string command, string option, string value)
    {
        string[] args = command switch
        {
            "tag" => ["tag", "x.csv", option, value],
            "fix" => ["fix", "x.md", option, value],
            _ => [command, option, value],
        };

        var result = CvClassify.Run(args);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains(option, line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("train")]
    [InlineData("evaluate")]
    public void Run_OnAnEmptyDataFolder_RefusesIt(string command)
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.PathOf("data"));

        var result = CvClassify.RunIn(temp.Path, command, "--data", "data", "--folds", "2");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.EndsWith("data: no monthly lists (*.md) in the data folder", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("train")]
    [InlineData("evaluate")]
    public void Run_OnTwoListsForOneMonth_RefusesThem(string command)
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.PathOf("data"));
        File.Copy(Repository.March, temp.PathOf(Path.Combine("data", "a.md")));
        File.Copy(Repository.March, temp.PathOf(Path.Combine("data", "b.md")));

        var result = CvClassify.RunIn(temp.Path, command, "--data", "data", "--folds", "2");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("two lists for March 2023: a.md and b.md", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Train_WhenOneListHoldsNoPapers_NamesIt()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.PathOf("data"));
        File.Copy(Repository.March, temp.PathOf(Path.Combine("data", "Top CV Papers in March 2023.md")));
        File.WriteAllText(temp.PathOf(Path.Combine("data", "Top CV Papers in May 2023.md")), "# Top CV Papers in May 2023\n\nNothing yet.\n");

        var result = CvClassify.RunIn(temp.Path, "train", "--data", "data", "--folds", "2", "--out", "m");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("Top CV Papers in May 2023.md: the list for May 2023 holds no papers", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Train_OnOneCategory_RefusesIt()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.PathOf("data"));
        File.WriteAllText(temp.PathOf(Path.Combine("data", "a.md")), Lists.OnlyMissingSummary);

        var result = CvClassify.RunIn(temp.Path, "train", "--data", "data", "--folds", "2", "--out", "m");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("papers of 1 category; a model needs at least two", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.PathOf("m")));
    }

    [Theory]
    [InlineData("review")]
    [InlineData("fix")]
    [InlineData("tag")]
    public void Run_OnMarkdownNestedPastMarkdigsLimit_FailsInOneLine(string command)
    {
        using var temp = new TempDirectory();
        var list = temp.Write("Top CV Papers in March 2023.md", new string('[', 50_000));

        var result = CvClassify.Run(command, list, "--model", model.ModelPath);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("too deeply nested", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }
}
