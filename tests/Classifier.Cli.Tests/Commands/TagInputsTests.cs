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
}
