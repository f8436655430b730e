using Classifier.Cli.Tests.Support;

namespace Classifier.Cli.Tests.Commands;

/// <summary>tag streams honestly: rows before a failure are written, the table is capped, terminal text escaped, a closed output stops it.</summary>
[Collection(TrainedModelCollection.Name)]
public sealed class TagStreamingTests(TrainedModelFixture model)
{
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
