using System.Text.Json;
using Classifier.Cli.Tests.Support;

namespace Classifier.Cli.Tests.Commands;

/// <summary>tag on inputs as users have them: exports with other columns, files without ids.</summary>
[Collection(TrainedModelCollection.Name)]
public sealed class TagInputsTests(TrainedModelFixture model)
{
    [Fact]
    public void Tag_AnExportWithAbstractAndOtherColumns_WarnsOnceAndLeavesAMissingIdMissing()
    {
        using var temp = new TempDirectory();
        var input = temp.Write("export.csv",
            "title,abstract,authors,year\n"
            + "Segment Anything,A promptable segmentation model producing masks.,Kirillov,2023\n"
            + "A Video Transformer,Video action recognition with attention.,Li,2023\n");

        var result = CvClassify.Run("tag", input, "--format", "jsonl", "--model", model.ModelPath);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal([$"warning: {input}: ignoring fields 'authors', 'year' (a paper is read from title, summary (or abstract, description), id and url)"], result.ErrorLines);
        var lines = result.OutputLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.Equal(JsonValueKind.Null, l.GetProperty("id").ValueKind));
    }

    [Fact]
    public void Tag_Dash_ReadsStandardInputInTheGivenFormat()
    {
        var input = "{\"title\": \"Segment Anything\", \"summary\": \"Promptable segmentation masks.\"}\n";

        var result = CvClassify.RunIn(Environment.CurrentDirectory, c => c with { StandardInput = () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(input)) },
            "tag", "-", "--input-format", "jsonl", "--format", "jsonl", "--model", model.ModelPath);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var line = JsonDocument.Parse(Assert.Single(result.OutputLines)).RootElement;
        Assert.Equal("-:1", line.GetProperty("source").GetString());
    }

    [Fact]
    public void Tag_AFolder_TagsItsFilesInNameOrder()
    {
        using var temp = new TempDirectory();
        temp.Write("b.csv", "title,summary\nA Video Tracker,Tracks objects in video.\n");
        temp.Write("a.jsonl", "{\"title\": \"Segment Anything\", \"summary\": \"Promptable segmentation masks.\"}\n");

        var result = CvClassify.RunIn(temp.Path, "tag", ".", "--format", "jsonl", "--model", model.ModelPath);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal(["Segment Anything", "A Video Tracker"], result.OutputLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("title").GetString()));
    }

    [Fact]
    public void Tag_AFolderWithAnUnknownExtension_NamesTheFile()
    {
        using var temp = new TempDirectory();
        temp.Write("a.csv", "title\nA\n");
        temp.Write("notes.txt", "x");

        var result = CvClassify.RunIn(temp.Path, "tag", ".", "--model", model.ModelPath);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.StartsWith($"error: {Path.Combine(temp.Path, ".", "notes.txt")}: cannot tell the input format from the extension '.txt'", Assert.Single(result.ErrorLines));
    }
}
