using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Papers;
using Classifier.Core.Tests.Support;

namespace Classifier.Core.Tests.Learning.Features.Embeddings;

public sealed class EncoderReleaseTests
{
    private static readonly Paper Known = new() { Title = "Segment anything in medical images" };
    private static readonly Paper Unknown = new() { Title = "Zero-shot depth from a single photograph" };

    [Fact]
    public void Memoizing_ReleasesTheEncoderOnceEveryKnownPaperIsEmbedded()
    {
        var inner = new ReleaseCountingEmbedder();

        var memoized = new MemoizedEmbedder(inner, [Known]);

        Assert.Equal(1, inner.Releases);
        Assert.Equal(1, inner.Embedded);
        memoized.Embed([Known]);
        Assert.Equal(1, inner.Embedded);
    }

    [Fact]
    public void Memoized_WhenAskedForAnUnknownPaperAfterTheRelease_StillEmbedsIt()
    {
        var inner = new ReleaseCountingEmbedder();
        var memoized = new MemoizedEmbedder(inner, [Known]);

        var vector = memoized.Embed([Unknown]).Single();

        Assert.Equal(new HashingEmbedder().Embed([Unknown]).Single(), vector);
    }

    [Fact]
    public void MiniLm_AfterReleasingItsEncoder_BuildsANewSessionWithTheSameVectors()
    {
        using var embedder = new MiniLmPaperEmbedder();
        var before = embedder.Embed([Known, Unknown]);

        embedder.ReleaseEncoder();
        var after = embedder.Embed([Known, Unknown]);

        Assert.Equal(before[0], after[0]);
        Assert.Equal(before[1], after[1]);
    }

    [Fact]
    public async Task MiniLm_WhenReleasedWhileAnotherThreadEncodes_FinishesEveryEncodeWithTheSameVectors()
    {
        // Test classes share one embedder; a release that disposed the session under a running encode crashed the test host.
        Paper[] papers = [.. Enumerable.Range(0, 24).Select(i => new Paper { Title = $"Paper {i} on open-vocabulary segmentation" })];
        using var embedder = new MiniLmPaperEmbedder();
        var expected = embedder.Embed(papers);

        var encoding = Task.Run(() => Enumerable.Range(0, 4).Select(_ => embedder.Embed(papers)).ToList());
        while (!encoding.IsCompleted)
        {
            embedder.ReleaseEncoder();
            await Task.Delay(5);
        }

        Assert.All(await encoding, vectors => Assert.Equal(expected, vectors));
    }

    private sealed class ReleaseCountingEmbedder : IPaperEmbedder
    {
        private readonly HashingEmbedder _inner = new();

        public int Releases { get; private set; }

        public int Embedded => _inner.Embedded;

        public EncoderIdentity Identity => _inner.Identity;

        public float[][] Embed(IReadOnlyList<Paper> papers) => _inner.Embed(papers);

        public void ReleaseEncoder() => Releases++;
    }
}
