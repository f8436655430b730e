using System.Security.Cryptography;
using Classifier.Core.Learning;
using Classifier.Core.Learning.Bundles;
using Classifier.Core.Learning.Features.Ngrams;

namespace Classifier.Core.Tests.Learning.Features.Ngrams;

public sealed class NgramTablesFileTests(LearnedBundleFixture fixture) : IClassFixture<LearnedBundleFixture>
{
    private const string Path = "bundle/ngram-tables.bin";

    [Fact]
    public void Read_AfterWrite_GivesAScorerWithTheModelsOwnScorersProbabilities()
    {
        var (tables, zip) = Tables(fixture.Bundle.Model);
        var labels = fixture.Bundle.Model.Labels;
        var direct = LinearNgramScorer.Create(tables)!;

        var read = LinearNgramScorer.Create(NgramTablesFile.Read(Path, NgramTablesFile.Write(tables, labels, zip), SHA256.HashData(zip), labels))!;

        var papers = fixture.Months.SelectMany(m => m.Papers).ToList();
        Assert.All(papers, p => Assert.Equal(direct.TryScore(p, direct.NewScratch()), read.TryScore(p, read.NewScratch())));
        Assert.All(papers, p => Assert.NotNull(read.TryScore(p, read.NewScratch())));
    }

    [Fact]
    public void Read_WithAnyOneByteChanged_FailsWithOneLineNamingTheFile()
    {
        var (tables, zip) = Tables(fixture.Bundle.Model);
        var bytes = NgramTablesFile.Write(tables, fixture.Bundle.Model.Labels, zip);
        var random = new Random(15);

        for (var i = 0; i < 40; i++)
        {
            var damaged = (byte[])bytes.Clone();
            damaged[random.Next(damaged.Length)] ^= (byte)random.Next(1, 256);

            var error = Assert.Throws<ModelBundleException>(() => NgramTablesFile.Read(Path, damaged, SHA256.HashData(zip), fixture.Bundle.Model.Labels));

            Assert.StartsWith(Path + ": not valid n-gram tables", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', error.Message);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    [InlineData(100)]
    [InlineData(-1)]
    public void Read_WhenTheFileIsCutShort_Fails(int length)
    {
        var (tables, zip) = Tables(fixture.Bundle.Model);
        var bytes = NgramTablesFile.Write(tables, fixture.Bundle.Model.Labels, zip);

        var cut = bytes[..(length >= 0 ? length : bytes.Length - 1)];

        Assert.Throws<ModelBundleException>(() => NgramTablesFile.Read(Path, cut, SHA256.HashData(zip), fixture.Bundle.Model.Labels));
    }

    [Fact]
    public void Read_BesideAnotherModelZip_FailsAsMadeForAnotherModel()
    {
        var (tables, zip) = Tables(fixture.Bundle.Model);
        var bytes = NgramTablesFile.Write(tables, fixture.Bundle.Model.Labels, zip);
        var other = (byte[])zip.Clone();
        other[^1] ^= 1;

        var error = Assert.Throws<ModelBundleException>(() => NgramTablesFile.Read(Path, bytes, SHA256.HashData(other), fixture.Bundle.Model.Labels));

        Assert.Contains("made for another model.zip", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenTheMetadataListsOtherLabels_Fails()
    {
        var (tables, zip) = Tables(fixture.Bundle.Model);
        var labels = fixture.Bundle.Model.Labels;
        var bytes = NgramTablesFile.Write(tables, labels, zip);

        var swapped = labels.Skip(1).Append(labels[0]).ToList();

        var error = Assert.Throws<ModelBundleException>(() => NgramTablesFile.Read(Path, bytes, SHA256.HashData(zip), swapped));
        Assert.Contains("the bundle's metadata lists", error.Message, StringComparison.Ordinal);
    }

    internal static (NgramTables Tables, byte[] Zip) Tables(TrainedModel model)
    {
        var zip = LinearNgramScorerTests.Save(model);
        return (NgramTablesExtractor.TryExtract(model.Transformer, model.InputSchema, zip) ?? throw new InvalidOperationException("no tables for an n-gram model"), zip);
    }
}
