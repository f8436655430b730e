using Classifier.Core.Papers;

namespace Classifier.Core.Learning.Features.Embeddings;

/// <summary>
/// Builds a paper's vector from its title's and its summary's own vectors instead of encoding the two joined: the
/// out-of-scope gate encodes the title anyway, so each paper costs the encoder about one pass instead of two.
/// </summary>
internal sealed class TitleSummaryEmbedder : IPaperEmbedder
{
    private readonly IPaperEmbedder _encoder;

    /// <param name="encoder">Embeds a paper's joined text; a paper of a title alone is that text.</param>
    public TitleSummaryEmbedder(IPaperEmbedder encoder, EmbeddingRecipe recipe)
    {
        if (recipe == EmbeddingRecipe.JoinedText)
        {
            throw new ArgumentOutOfRangeException(nameof(recipe), recipe, "the joined text needs no parts");
        }
        _encoder = encoder;
        Recipe = recipe;
    }

    public EncoderIdentity Identity => _encoder.Identity;

    public EmbeddingRecipe Recipe { get; }

    /// <summary>The texts a paper's vector is made from: its title, then its summary when it has one.</summary>
    public static IEnumerable<Paper> Parts(Paper paper) =>
        HasSummary(paper) ? [new Paper { Title = paper.Title }, new Paper { Title = paper.Summary }] : [new Paper { Title = paper.Title }];

    /// <summary>One call to the encoder for every title and summary of the batch, then each paper's vector from its parts.</summary>
    public float[][] Embed(IReadOnlyList<Paper> papers)
    {
        var parts = papers.SelectMany(Parts).ToList();
        var vectors = parts.Count == 0 ? [] : _encoder.Embed(parts);
        var result = new float[papers.Count][];
        var next = 0;
        for (var i = 0; i < papers.Count; i++)
        {
            var title = vectors[next++];
            var summary = HasSummary(papers[i]) ? vectors[next++] : title;
            result[i] = Recipe == EmbeddingRecipe.TitleSummaryMean ? Mean(title, summary) : Concatenation(title, summary);
        }
        return result;
    }

    public void ReleaseEncoder() => _encoder.ReleaseEncoder();

    private static bool HasSummary(Paper paper) => !string.IsNullOrWhiteSpace(paper.Summary);

    // Unit length, as the joined text's vector is, so cosines to the bundle's papers stay cosines.
    private static float[] Mean(float[] a, float[] b)
    {
        var mean = new float[a.Length];
        for (var k = 0; k < a.Length; k++)
        {
            mean[k] = a[k] + b[k];
        }
        var norm = MathF.Sqrt(mean.Sum(v => v * v));
        // Opposite vectors have no direction between them; the title's is the one the gate reads.
        return norm < 1e-6f ? [.. a] : [.. mean.Select(v => v / norm)];
    }

    private static float[] Concatenation(float[] a, float[] b)
    {
        var scale = 1 / MathF.Sqrt(2);
        return [.. a.Select(v => v * scale), .. b.Select(v => v * scale)];
    }
}
