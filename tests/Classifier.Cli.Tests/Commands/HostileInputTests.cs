using Classifier.Cli.Tests.Support;
using Classifier.Core.Files;

namespace Classifier.Cli.Tests.Commands;

/// <summary>The faults a hostile but realistic user found: each ends in one error line and exit 2, or a safe write.</summary>
[Collection(TrainedModelCollection.Name)]
public sealed class HostileInputTests(TrainedModelFixture model)
{
    [Theory]
    [InlineData("tag", "--top", "99999999999")]
    [InlineData("tag", "--top", "10")]
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

    [Fact]
    public void FixWrite_WhileAnotherFixHoldsTheList_RefusesNamingTheHolderAndChangesNothing()
    {
        using var temp = new TempDirectory();
        var list = temp.Copy(Repository.March);
        var original = File.ReadAllText(list);
        using var held = FileLock.Acquire(list);

        var result = CvClassify.Run("fix", list, "--write", "--model", model.ModelPath);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains($"in use by another cvclassify (pid {Environment.ProcessId} on ", result.Error, StringComparison.Ordinal);
        Assert.Equal(original, File.ReadAllText(list));
        Assert.False(File.Exists(list + ".bak"));
    }

    [Fact]
    public void FixWrite_OnAnEmptyRowAndAFiveCellRow_RewritesNeitherTheTitleNorTheRow()
    {
        using var temp = new TempDirectory();
        var source = "# Top CV Papers in April 2024\n\n<h4>1. Image Recognition</h4>\n\n| Title | Project | Summary |\n| --- | --- | --- |\n"
            + "| [A](https://arxiv.org/abs/2404.00001) | -- | sum a |\n||\n| [B](https://arxiv.org/abs/2404.00002) | -- | sum b | extra | more |\n";
        var list = temp.Write("Top CV Papers in April 2024.md", source);

        var result = CvClassify.Run("fix", list, "--write", "--model", model.ModelPath);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.EndsWith("nothing to fix.", result.Output.Trim(), StringComparison.Ordinal);
        Assert.Equal(source, File.ReadAllText(list));
    }

    [Fact]
    public async Task FixWrite_TwiceAtOnce_LosesNeitherTheOriginalNorAnUpdate()
    {
        using var temp = new TempDirectory();
        var list = temp.Copy(Repository.March);
        var original = File.ReadAllText(list);
        using var start = new ManualResetEventSlim();

        var running = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            start.Wait();
            return CvClassify.Run("fix", list, "--write", "--model", model.ModelPath);
        })).ToList();
        start.Set();
        var fixes = await Task.WhenAll(running);

        Assert.All(fixes, r => Assert.True(r.ExitCode == ExitCodes.Ok || r.Error.Contains("in use by another cvclassify", StringComparison.Ordinal), r.Error));
        Assert.Equal(original, File.ReadAllText(list + ".bak"));
        Assert.DoesNotContain("toc-target", CvClassify.Run("review", list, "--format", "json").Output, StringComparison.Ordinal);
        Assert.False(File.Exists(list + ".lock"));
    }

    [Fact]
    public void FixWrite_Twice_KeepsTheOriginalInBakAndSaysWhereTheSecondBackupWent()
    {
        using var temp = new TempDirectory();
        var list = temp.Copy(Repository.March);
        var original = File.ReadAllText(list);

        var first = CvClassify.Run("fix", list, "--write", "--model", model.ModelPath);
        var afterFirst = File.ReadAllText(list);
        var misfile = first.ErrorLines.First(l => l.StartsWith("hint: not moved (use --accept 2303", StringComparison.Ordinal));
        var id = misfile.Split("--accept ")[1].Split(')')[0];
        var second = CvClassify.Run("fix", list, "--write", "--accept", id, "--model", model.ModelPath);

        Assert.Contains($"the original is in {list}.bak", first.Output, StringComparison.Ordinal);
        Assert.Contains($"the previous version is in {list}.bak.1", second.Output, StringComparison.Ordinal);
        Assert.Equal(original, File.ReadAllText(list + ".bak"));
        Assert.Equal(afterFirst, File.ReadAllText(list + ".bak.1"));
    }

    [Fact]
    public void FixWrite_ThroughASymbolicLink_FixesTheTargetAndKeepsTheLink()
    {
        using var temp = new TempDirectory();
        var target = temp.Copy(Repository.March, "real.md");
        var link = temp.PathOf("Top CV Papers in March 2023.md");
        File.CreateSymbolicLink(link, target);
        var original = File.ReadAllText(target);

        var result = CvClassify.Run("fix", link, "--write", "--model", model.ModelPath);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.NotEqual(original, File.ReadAllText(target));
        Assert.Equal(original, File.ReadAllText(target + ".bak"));
    }

    [Fact]
    public void Tag_WhenALineFailsMidStream_WritesEveryRowReadBeforeIt()
    {
        using var temp = new TempDirectory();
        var good = Enumerable.Range(0, 600).Select(i => $$"""{"title": "Video segmentation number {{i}}"}""");
        var input = temp.Write("papers.jsonl", string.Join('\n', [.. good, "{bad", """{"title": "after"}"""]));

        var result = CvClassify.Run("tag", input, "--format", "jsonl", "--model", model.ModelPath);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal(600, result.OutputLines.Length);
        Assert.StartsWith($"error: {input}:601: not a valid JSON object", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Tag_AsATable_WhenALineFailsMidStream_ShowsTheRowsBeforeIt()
    {
        using var temp = new TempDirectory();
        var input = temp.Write("papers.jsonl", """
            {"title": "Segment Anything in Medical Images"}
            {"title": 5}
            """);

        var result = CvClassify.Run("tag", input, "--model", model.ModelPath);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("Segment Anything in Medical Images", result.Output, StringComparison.Ordinal);
        Assert.StartsWith($"error: {input}:2:", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Tag_AsATable_WithMoreThanItsCap_ShowsTheCapAndSaysSo()
    {
        using var temp = new TempDirectory();
        var input = temp.Write("papers.csv", "title\n" + string.Join('\n', Enumerable.Range(0, TagResultsTable.MaxRows + 5).Select(i => $"paper {i}")));

        var result = CvClassify.Run("tag", input, "--model", model.ModelPath);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains($"papers.csv:{TagResultsTable.MaxRows + 1} ", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain($"papers.csv:{TagResultsTable.MaxRows + 2} ", result.Output, StringComparison.Ordinal);
        Assert.Contains($"Showing the first {TagResultsTable.MaxRows} papers; the input has more.", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Tag_AsATable_EscapesTerminalControlCharacters()
    {
        using var temp = new TempDirectory();
        var input = temp.Write("papers.jsonl", """{"title": "evil \u001b]0;pwned\u0007 \u001b[31mred"}""");

        var result = CvClassify.Run("tag", input, "--model", model.ModelPath);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.DoesNotContain('\u001b', result.Output);
        Assert.DoesNotContain('\u0007', result.Output);
        Assert.Contains(@"evil \u001B]0;pwned\u0007", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Tag_WhenTheReaderOfTheOutputHasGone_StopsQuietly()
    {
        using var temp = new TempDirectory();
        var input = temp.Write("papers.csv", "title\n" + string.Join('\n', Enumerable.Range(0, 5000).Select(i => $"paper {i}")));
        var output = new ClosingWriter(afterFlushes: 3);
        var error = new StringWriter();

        var exitCode = CliRunner.Run(["tag", input, "--format", "csv", "--model", model.ModelPath], CliContext.Captured(output, error, temp.Path));

        Assert.Equal(ExitCodes.OutputClosed, exitCode);
        Assert.Equal("", error.ToString());
        // One flush fails, and one more as the CSV writer is disposed; none for the other 5,000 records.
        Assert.InRange(output.Flushes, 4, 5);
        Assert.InRange(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length, 4, 6);
    }

    [Fact]
    public void Tag_OnAFeedThatIsNotAtom_Fails()
    {
        using var temp = new TempDirectory();
        var input = temp.Write("feed.xml", "<rss version=\"2.0\"><channel><item><title>x</title></item></channel></rss>");

        var result = CvClassify.Run("tag", input, "--model", model.ModelPath);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("not an Atom feed", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    /// <summary>A writer whose reader goes away after some flushes (one per CSV record), as a pipe into <c>head</c> does.</summary>
    private sealed class ClosingWriter(int afterFlushes) : StringWriter
    {
        public int Flushes { get; private set; }

        public override void Flush()
        {
            if (++Flushes > afterFlushes)
            {
                throw new OutputClosedException(new IOException("Broken pipe"));
            }
            base.Flush();
        }
    }
}
