using System.Text.Json.Nodes;
using Classifier.Core.Learning;

namespace Classifier.Core.Tests.Learning;

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
