using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Tests.Support;

namespace Classifier.Core.Tests.Learning.Features.Embeddings;

public sealed class EmbeddingCacheTests
{
    private static readonly EncoderIdentity Encoder = new("Test.Encoder", "1.0", new string('a', 64), 3);

    [Fact]
    public void Open_AfterAdd_ReadsTheVectorsBackByText()
    {
        using var temp = new TempDirectory();
        EmbeddingCache.Open(temp.Path, Encoder).Add([("first", [1f, 2f, 3f]), ("second", [4f, 5f, 6f])]);

        var reopened = EmbeddingCache.Open(temp.Path, Encoder);

        Assert.Equal(2, reopened.Count);
        Assert.Equal([4f, 5f, 6f], reopened.TryGet("second")!);
        Assert.Null(reopened.TryGet("third"));
    }

    [Fact]
    public void Open_WhenTheLastRecordIsTorn_KeepsTheWholeOnesAndAppendsAfterThem()
    {
        using var temp = new TempDirectory();
        var cache = EmbeddingCache.Open(temp.Path, Encoder);
        cache.Add([("first", [1f, 2f, 3f])]);
        File.AppendAllText(cache.Path, "torn");

        var reopened = EmbeddingCache.Open(temp.Path, Encoder);
        var whole = reopened.Count;
        reopened.Add([("second", [4f, 5f, 6f])]);
        var again = EmbeddingCache.Open(temp.Path, Encoder);

        Assert.Equal(1, whole);
        Assert.Equal([1f, 2f, 3f], again.TryGet("first")!);
        Assert.Equal([4f, 5f, 6f], again.TryGet("second")!);
    }

    [Fact]
    public void Open_ForAnotherEncoder_SharesNothing()
    {
        using var temp = new TempDirectory();
        EmbeddingCache.Open(temp.Path, Encoder).Add([("first", [1f, 2f, 3f])]);

        var other = EmbeddingCache.Open(temp.Path, Encoder with { ModelSha256 = new string('b', 64) });

        Assert.Null(other.TryGet("first"));
    }
}
