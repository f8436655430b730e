using Classifier.Cli.Tests.Support;

namespace Classifier.Cli.Tests.Commands;

/// <summary>An input with no papers is the same in every format: exit 0, the format's empty output, one note on stderr.</summary>
[Collection(TrainedModelCollection.Name)]
public sealed class EmptyInputTests(TrainedModelFixture model)
{
    [Theory]
    [InlineData(".jsonl")]
    [InlineData(".csv")]
    [InlineData(".tsv")]
    [InlineData(".atom")]
    [InlineData(".md")]
    public void Tag_OnAnEmptyFile_ExitsZeroWithANoteNamingIt(string extension)
    {
        using var temp = new TempDirectory();
        var input = temp.Write("papers" + extension, "");

        var result = CvClassify.Run("tag", input, "--format", "jsonl", "--model", model.ModelPath);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Equal($"note: no papers in {input}", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void Tag_AsCsv_OnAnEmptyFile_WritesTheHeaderAlone()
    {
        using var temp = new TempDirectory();
        var input = temp.Write("papers.atom", "");

        var result = CvClassify.Run("tag", input, "--format", "csv", "--model", model.ModelPath);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.StartsWith("id,title,", Assert.Single(result.OutputLines), StringComparison.Ordinal);
    }
}
