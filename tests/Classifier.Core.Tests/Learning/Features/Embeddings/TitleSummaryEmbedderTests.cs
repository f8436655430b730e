using Classifier.Core.Learning.Bundles;
using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Papers;
using Classifier.Core.Tests.Support;

namespace Classifier.Core.Tests.Learning.Features.Embeddings;

public sealed class TitleSummaryEmbedderTests
{
    private static readonly Paper WithSummary = new() { Title = "Segment anything", Summary = "A promptable model that returns a mask for any prompt." };

    private static readonly Paper ByTitle = new() { Title = "Depth from one photograph" };

    [Fact]
    public void Embed_WithTheMeanRecipe_GivesTheUnitLengthMeanOfTheTitleAndSummaryVectors()
    {
        var embedder = new TitleSummaryEmbedder(new HashingEmbedder(), EmbeddingRecipe.TitleSummaryMean);
        var title = Vector(WithSummary.Title);
        var summary = Vector(WithSummary.Summary);

        var vector = embedder.Embed([WithSummary]).Single();

        var sum = title.Zip(summary, (a, b) => a + b).ToArray();
        var norm = MathF.Sqrt(sum.Sum(v => v * v));
        Assert.Equal(sum.Select(v => v / norm), vector, (a, b) => Math.Abs(a - b) < 1e-6);
        Assert.Equal(1, Math.Sqrt(vector.Sum(v => v * v)), 5);
    }

    [Fact]
    public void Embed_ByTitleAlone_GivesTheTitleVectorForTheMeanAndTheTitleTwiceSideBySide()
    {
        var title = Vector(ByTitle.Title);

        var mean = new TitleSummaryEmbedder(new HashingEmbedder(), EmbeddingRecipe.TitleSummaryMean).Embed([ByTitle]).Single();
        var sideBySide = new TitleSummaryEmbedder(new HashingEmbedder(), EmbeddingRecipe.TitleSummaryConcatenation).Embed([ByTitle]).Single();

        Assert.Equal(title, mean);
        var half = title.Select(v => v / MathF.Sqrt(2)).ToArray();
        Assert.Equal([.. half, .. half], sideBySide, (a, b) => Math.Abs(a - b) < 1e-6);
        Assert.Equal(2 * title.Length, sideBySide.Length);
    }

    [Fact]
    public void Embed_BehindTheGatesTitles_EncodesEachTitleOnceAndEachSummaryOnce()
    {
        var encoder = new CharacterCountingEmbedder();
        var recent = new RecentTextsEmbedder(encoder, capacity: 8);
        var embedder = EmbeddingRecipe.TitleSummaryMean.Over(recent);
        Paper[] papers = [WithSummary, ByTitle];

        recent.Embed([.. papers.Select(p => new Paper { Title = p.Title })]);
        embedder.Embed(papers);

        Assert.Equal(papers.Sum(p => p.Title.Length + p.Summary.Length), encoder.Characters);
    }

    [Fact]
    public void Over_WhenTheEmbedderAlreadyGivesAnotherRecipe_Refuses()
    {
        var mean = EmbeddingRecipe.TitleSummaryMean.Over(new HashingEmbedder());

        Assert.Same(mean, EmbeddingRecipe.TitleSummaryMean.Over(mean));
        Assert.Throws<ArgumentException>(() => EmbeddingRecipe.TitleSummaryConcatenation.Over(mean));
    }

    [Fact]
    public void VerifiedEmbedder_WhenTheEmbedderGivesAnotherRecipeThanTheBundle_RefusesWithOneLine()
    {
        var joined = new HashingEmbedder();

        var error = Assert.Throws<ModelBundleException>(() => new VerifiedEmbedder(joined, joined.Identity, "trained-models", EmbeddingRecipe.TitleSummaryMean));

        Assert.Equal(
            "trained-models: trained on the mean of title and summary embeddings, but the embedder gives the embedding of title and summary joined; retrain the model",
            error.Message);
    }

    private static float[] Vector(string text) => new HashingEmbedder().Embed([new Paper { Title = text }]).Single();

    // Counts the characters of every text it is asked to encode: the encoder's work grows with them.
    private sealed class CharacterCountingEmbedder : IPaperEmbedder
    {
        private readonly HashingEmbedder _inner = new();

        public int Characters { get; private set; }

        public EncoderIdentity Identity => _inner.Identity;

        public float[][] Embed(IReadOnlyList<Paper> papers)
        {
            Characters += papers.Sum(p => PaperText.For(p).Length);
            return _inner.Embed(papers);
        }
    }
}
