using System.Text.Json;
using Classifier.Core.Learning.Bundles;

namespace Classifier.Core.Tests.Learning.Bundles;

/// <summary>The bundle's JSON options read and write metadata.json as the bundles on disk have it (enums by name).</summary>
public sealed class BundleJsonTests
{
    private static readonly string BundledMetadata = Path.Combine(Path.GetDirectoryName(RepoData.Folder)!, "trained-models", ModelBundleStore.MetadataFile);

    [Fact]
    public void TheBundledMetadata_ReadAndWrittenAgain_IsTheSameText()
    {
        var text = File.ReadAllText(BundledMetadata);

        var metadata = JsonSerializer.Deserialize<BundleMetadata>(text, ModelBundleStore.Json);

        Assert.Equal(text, JsonSerializer.Serialize(metadata, ModelBundleStore.Json));
    }

    [Fact]
    public void Enums_AreWrittenByName()
    {
        var metadata = JsonSerializer.Deserialize<BundleMetadata>(File.ReadAllText(BundledMetadata), ModelBundleStore.Json)!;

        var written = JsonSerializer.Serialize(metadata, ModelBundleStore.Json);

        Assert.Contains($"\"ComparisonOrigin\": \"{metadata.ComparisonOrigin}\"", written);
        Assert.Contains($"\"Features\": \"{metadata.Options.Features}\"", written);
    }
}
