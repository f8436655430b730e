using Classifier.Cli.Tests.Support;

namespace Classifier.Cli.Tests.Commands;

/// <summary>Stdout shares its file with other writers (<c>&gt; log 2&gt;&amp;1</c>, a shell group): every line survives; a failed write is one error line.</summary>
[Collection(TrainedModelCollection.Name)]
public sealed class SharedOutputTests(TrainedModelFixture model)
{
    [Fact]
    public void Tag_WithStdoutAndStderrInOneFile_KeepsTheRecordsAndTheErrorLine()
    {
        using var temp = new TempDirectory();
        temp.Write("papers.jsonl", "{\"title\": \"Segment Anything in Medical Images\"}\n{\"title\": \"Video diffusion\"}\n{bad\n");

        var result = ChildProcess.Shell($"{ChildProcess.Command} tag papers.jsonl --format jsonl --model '{model.ModelPath}' > log 2>&1", temp.Path);
        var log = File.ReadAllLines(temp.PathOf("log"));

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal(3, log.Length);
        Assert.Contains("Segment Anything in Medical Images", log[0], StringComparison.Ordinal);
        Assert.Contains("Video diffusion", log[1], StringComparison.Ordinal);
        Assert.StartsWith("error: papers.jsonl:3:", log[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Help_BetweenTwoEchoesIntoOneFile_KeepsAllThreeInOrder()
    {
        using var temp = new TempDirectory();

        ChildProcess.Shell($"{{ echo A; {ChildProcess.Command} --help; echo B; }} > f", temp.Path);
        var lines = File.ReadAllLines(temp.PathOf("f"));

        Assert.Equal("A", lines[0]);
        Assert.Contains(lines, l => l.Contains("Usage:", StringComparison.Ordinal));
        Assert.Equal("B", lines[^1]);
    }

    [Theory]
    [InlineData("jsonl")]
    [InlineData("csv")]
    [InlineData("table")]
    public void Tag_OnAFullDisk_ExitsTwoWithOneLineNamingTheOutput(string format)
    {
        using var temp = new TempDirectory();
        temp.Write("papers.jsonl", "{\"title\": \"Segment Anything in Medical Images\"}\n");

        var result = ChildProcess.Shell($"{ChildProcess.Command} tag papers.jsonl --format {format} --model '{model.ModelPath}' > /dev/full", temp.Path);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.StartsWith("error: /dev/full (standard output): could not write:", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Tag_IntoAPipeClosedEarly_ExitsAsAClosedPipeWithNothingOnStderr()
    {
        using var temp = new TempDirectory();
        temp.Write("papers.csv", "title\n" + string.Join('\n', Enumerable.Range(0, 3000).Select(i => $"paper {i} on video segmentation")));

        var result = ChildProcess.Shell($"{ChildProcess.Command} tag papers.csv --format csv --model '{model.ModelPath}' 2>err | head -n 1 >/dev/null; cat err", temp.Path);

        Assert.Equal("", result.Output);
    }
}
