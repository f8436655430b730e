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

    [Fact]
    public void Open_WhenBitsOfARecordAreFlipped_SkipsItAndNamesTheFileOnce()
    {
        using var temp = new TempDirectory();
        var cache = EmbeddingCache.Open(temp.Path, Encoder);
        cache.Add([("first", [1f, 2f, 3f]), ("second", [4f, 5f, 6f]), ("third", [7f, 8f, 9f])]);
        var bytes = File.ReadAllBytes(cache.Path);
        var recordSize = bytes.Length / 3;
        bytes[recordSize + 32 + 5] ^= 0b101;
        File.WriteAllBytes(cache.Path, bytes);

        var reopened = EmbeddingCache.Open(temp.Path, Encoder);

        Assert.Equal(2, reopened.Count);
        Assert.Null(reopened.TryGet("second"));
        Assert.Equal([7f, 8f, 9f], reopened.TryGet("third")!);
        Assert.Equal($"{cache.Path}: 1 damaged embedding cache record skipped; its paper is encoded again", reopened.Problem);
    }

    [Fact]
    public void Open_WhenAVectorIsNaN_SkipsTheRecordAndTakesItsReplacement()
    {
        using var temp = new TempDirectory();
        var cache = EmbeddingCache.Open(temp.Path, Encoder);
        cache.Add([("first", [1f, 2f, 3f])]);
        var bytes = File.ReadAllBytes(cache.Path);
        BitConverter.GetBytes(float.NaN).CopyTo(bytes, 32);
        File.WriteAllBytes(cache.Path, bytes);

        var damaged = EmbeddingCache.Open(temp.Path, Encoder);
        var skipped = damaged.TryGet("first");
        damaged.Add([("first", [1f, 2f, 3f]), ("nan", [float.NaN, 0f, 0f])]);
        var repaired = EmbeddingCache.Open(temp.Path, Encoder);

        Assert.Null(skipped);
        Assert.NotNull(damaged.Problem);
        Assert.Null(repaired.Problem);
        Assert.Equal([1f, 2f, 3f], repaired.TryGet("first")!);
        Assert.Null(repaired.TryGet("nan"));
    }

    [Fact]
    public void Open_NamesTheFormatInTheFileName_SoAnOldCacheIsNeverRead()
    {
        using var temp = new TempDirectory();
        File.WriteAllBytes(Path.Combine(temp.Path, $"embeddings-{Encoder.ShortHash}-3.bin"), new byte[(32 + 12) * 2]);

        var cache = EmbeddingCache.Open(temp.Path, Encoder);

        Assert.Equal(0, cache.Count);
        Assert.StartsWith("embeddings-v2-", Path.GetFileName(cache.Path), StringComparison.Ordinal);
    }

    [Fact]
    public void Open_WhenTheCacheIsAFifo_DoesNotHangAndSaysItIsNotUsed()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, $"embeddings-v2-{Encoder.ShortHash}-3.bin");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]))
        {
            mkfifo.WaitForExit();
        }

        var cache = EmbeddingCache.Open(temp.Path, Encoder);
        cache.Add([("first", [1f, 2f, 3f])]);

        Assert.Equal($"{path}: the embedding cache is a FIFO (named pipe), not a regular file; it is not used", cache.Problem);
        Assert.Equal([1f, 2f, 3f], cache.TryGet("first")!);
    }
}
