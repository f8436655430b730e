using System.Text.Json;
using Classifier.Cli.Tests.Support;
using Classifier.Core.Lists;

namespace Classifier.Cli.Tests.Commands;

[Collection(TrainedModelCollection.Name)]
public sealed class TagCommandTests(TrainedModelFixture model)
{
    [Fact]
    public void Tag_AsJsonLines_WritesOneObjectPerPaperWithTheTopCategories()
    {
        using var temp = new TempDirectory();
        var input = temp.Write("papers.jsonl", """
            {"title": "Segment Anything in Medical Images", "summary": "A promptable segmentation model for masks.", "id": "2304.12306v2"}
            {"title": "DreamBooth3D: Subject-Driven Text-to-3D Generation", "summary": "Personalized text-to-3D generation."}
            """);

        var result = CvClassify.Run("tag", input, "--format", "jsonl", "--top", "2", "--model", model.ModelPath);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var lines = result.OutputLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal("2304.12306", lines[0].GetProperty("id").GetString());
        Assert.Equal($"{input}:2", lines[1].GetProperty("source").GetString());
        Assert.All(lines, l => Assert.Equal(2, l.GetProperty("top").GetArrayLength()));
        Assert.All(lines, l => Assert.True(l.GetProperty("top")[0].GetProperty("probability").GetDouble() >= l.GetProperty("top")[1].GetProperty("probability").GetDouble()));
    }

    [Fact]
    public void Tag_MarchListAsCsv_WritesAHeaderAndOneRecordPerPaper()
    {
        var result = CvClassify.Run("tag", Repository.March, "--format", "csv", "--top", "1", "--model", model.ModelPath);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal("id,title,source,category,confidence,no_category_fits,top,also_fits,also_fits_confidence", result.OutputLines[0]);
        Assert.Equal(1 + ListParser.Read(Repository.March).Papers.Count, result.OutputLines.Length);
    }

    [Fact]
    public void Tag_AsCsvWithExplain_AddsTheReasonsAndNeighboursColumns()
    {
        var result = CvClassify.Run("tag", Repository.March, "--format", "csv", "--top", "1", "--explain", "--model", model.ModelPath);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal("id,title,source,category,confidence,no_category_fits,top,also_fits,also_fits_confidence,reasons,neighbours", result.OutputLines[0]);
        Assert.Equal(1 + ListParser.Read(Repository.March).Papers.Count, result.OutputLines.Length);
    }

    [Fact]
    public void Tag_AsJsonLinesWithoutExplain_GivesTheSameVerdictsWithoutReasons()
    {
        var plain = CvClassify.Run("tag", Repository.March, "--format", "jsonl", "--explain", "--model", model.ModelPath);
        var lean = CvClassify.Run("tag", Repository.March, "--format", "jsonl", "--model", model.ModelPath);

        var explained = plain.OutputLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Contains(explained, l => l.GetProperty("reasons").GetArrayLength() > 0);
        var stripped = explained.Select(l => JsonSerializer.Serialize(l.EnumerateObject().Where(p => p.Name is not ("reasons" or "neighbours")).ToDictionary(p => p.Name, p => p.Value)));
        var leanObjects = lean.OutputLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.All(leanObjects, l => Assert.False(l.TryGetProperty("reasons", out _)));
        Assert.Equal(stripped, leanObjects.Select(l => JsonSerializer.Serialize(l.EnumerateObject().ToDictionary(p => p.Name, p => p.Value))));
    }

    [Fact]
    public void Tag_MarchList_RanksTheCuratorsCategoryFirstForMostPapers()
    {
        var filed = ListParser.Read(Repository.March).Papers.Select(p => p.Category?.Name).ToList();

        var result = CvClassify.Run("tag", Repository.March, "--format", "jsonl", "--model", model.ModelPath);

        var top = result.OutputLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("top")[0].GetProperty("category").GetString()).ToList();
        var agreeing = filed.Zip(top).Count(pair => pair.First == pair.Second);
        // The model was trained on these papers, so it should reproduce most of the curator's filing.
        Assert.True(agreeing >= 0.7 * filed.Count, $"{agreeing} of {filed.Count} agree");
    }

    [Fact]
    public void Tag_AsTable_ShowsEachTitleAndACategoryOrAbstention()
    {
        using var temp = new TempDirectory();
        var input = temp.Write("papers.csv", "title,summary\nZero-1-to-3: Zero-shot One Image to 3D Object,Novel view synthesis from a single image.\n");

        var result = CvClassify.Run("tag", input, "--model", model.ModelPath);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("Zero-1-to-3", result.Output);
        Assert.Contains("Because of", result.Output);
    }

    [Fact]
    public void Tag_StreamsOutput_WritingResultsBeforeTheInputEnds()
    {
        using var temp = new TempDirectory();
        const int papers = 1500;
        var input = temp.PathOf("many.jsonl");
        using (var writer = new StreamWriter(input))
        {
            for (var i = 0; i < papers; i++)
            {
                writer.WriteLine($$"""{"title": "Paper {{i}}: video object segmentation with diffusion", "summary": "We track objects."}""");
            }
            writer.WriteLine("{ not json");
        }

        var result = CvClassify.Run("tag", input, "--format", "jsonl", "--model", model.ModelPath);

        // A tagger that read the whole input first would fail at the last line before writing anything;
        // a streaming one has written the results of the chunks it finished.
        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.NotEmpty(result.OutputLines);
        Assert.Equal(
            Enumerable.Range(1, result.OutputLines.Length).Select(line => $"{input}:{line}"),
            result.OutputLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("source").GetString()));
        Assert.Single(result.ErrorLines);
        Assert.StartsWith($"error: {input}:{papers + 1}: not a valid JSON object: 'n' is an invalid start of a property name", result.Error);
    }

    [Fact]
    public void Tag_WhenFormatCannotBeTold_WritesOneLineAndReturnsBadInput()
    {
        using var temp = new TempDirectory();
        var input = temp.Write("papers.txt", "Segment Anything\n");

        var result = CvClassify.Run("tag", input, "--model", model.ModelPath);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.Contains("--input-format", result.Error);
    }

    [Fact]
    public void Tag_WhenInputFormatIsGiven_ReadsAFileWithAnyExtension()
    {
        using var temp = new TempDirectory();
        var input = temp.Write("papers.txt", "{\"title\": \"Segment Anything\"}\n");

        var result = CvClassify.Run("tag", input, "--input-format", "jsonl", "--format", "jsonl", "--model", model.ModelPath);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal("Segment Anything", JsonDocument.Parse(Assert.Single(result.OutputLines)).RootElement.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("--top", "0")]
    [InlineData("--input-format", "yaml")]
    [InlineData("--format", "xml")]
    public void Tag_WhenAnOptionIsOutOfRange_WritesOneLineAndReturnsBadInput(string option, string value)
    {
        var result = CvClassify.Run("tag", Repository.March, option, value, "--model", model.ModelPath);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public void Tag_WhenModelIsCorrupt_WritesOneLineAndReturnsBadInput()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.PathOf("model"));
        temp.Write("model/metadata.json", "{ this is not json");
        var input = temp.Write("papers.csv", "title\nSegment Anything\n");

        var result = CvClassify.Run("tag", input, "--model", temp.PathOf("model"));

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.Contains("metadata.json", result.Error);
    }

    [Fact]
    public void Tag_WhenModelFileIsNotAZip_WritesOneLineNamingIt()
    {
        using var temp = new TempDirectory();
        var bundle = Directory.CreateDirectory(temp.PathOf("model")).FullName;
        foreach (var file in Directory.GetFiles(model.ModelPath))
        {
            File.Copy(file, Path.Combine(bundle, Path.GetFileName(file)));
        }
        File.WriteAllText(Path.Combine(bundle, "model.zip"), "not a zip");
        var input = temp.Write("papers.csv", "title\nSegment Anything\n");

        var result = CvClassify.Run("tag", input, "--model", bundle);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.StartsWith($"error: {bundle}/model.zip: ", result.Error);
    }

    [Fact]
    public void Tag_WhenModelIsMissing_WritesOneLineAndReturnsBadInput()
    {
        using var temp = new TempDirectory();
        var input = temp.Write("papers.csv", "title\nSegment Anything\n");

        var result = CvClassify.RunIn(temp.Path, "tag", input);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.Contains("trained-models", result.Error);
    }
}
