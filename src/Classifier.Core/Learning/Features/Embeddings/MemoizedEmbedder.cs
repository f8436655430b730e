using Classifier.Core.Papers;

namespace Classifier.Core.Learning.Features.Embeddings;

/// <summary>Embeds a known set of papers once, then answers from memory: cross-validation asks for the same papers many times.</summary>
internal sealed class MemoizedEmbedder : IPaperEmbedder
{
    private readonly IPaperEmbedder _inner;
    private readonly Dictionary<string, float[]> _byText = new(StringComparer.Ordinal);

    public MemoizedEmbedder(IPaperEmbedder inner, IReadOnlyList<Paper> papers)
    {
        _inner = inner;
        var vectors = inner.Embed(papers);
        for (var i = 0; i < papers.Count; i++)
        {
            _byText.TryAdd(PaperText.For(papers[i]), vectors[i]);
        }
        // Training and evaluation ask for these texts only: the session's memory would otherwise stay beside ML.NET's
        // through every fit (train with an empty cache peaked at 703 MB).
        inner.ReleaseEncoder();
    }

    public EncoderIdentity Identity => _inner.Identity;

    public EmbeddingRecipe Recipe => _inner.Recipe;

    /// <summary>Known papers from memory; any other paper through the inner embedder.</summary>
    public float[][] Embed(IReadOnlyList<Paper> papers)
    {
        var texts = papers.Select(PaperText.For).ToArray();
        var result = texts.Select(t => _byText.GetValueOrDefault(t)).ToArray();
        var unknown = Enumerable.Range(0, papers.Count).Where(i => result[i] is null).ToList();
        if (unknown.Count > 0)
        {
            var fresh = _inner.Embed([.. unknown.Select(i => papers[i])]);
            for (var k = 0; k < unknown.Count; k++)
            {
                result[unknown[k]] = fresh[k];
            }
        }
        return result!;
    }
}
