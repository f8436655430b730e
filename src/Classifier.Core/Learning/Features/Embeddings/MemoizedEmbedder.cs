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
    }

    public EncoderIdentity Identity => _inner.Identity;

    /// <summary>Known papers from memory; any other paper through the inner embedder.</summary>
    public float[][] Embed(IReadOnlyList<Paper> papers)
    {
        var unknown = papers.Where(p => !_byText.ContainsKey(PaperText.For(p))).ToList();
        var fresh = unknown.Count == 0 ? [] : _inner.Embed(unknown);
        var extra = new Dictionary<string, float[]>(StringComparer.Ordinal);
        for (var i = 0; i < unknown.Count; i++)
        {
            extra.TryAdd(PaperText.For(unknown[i]), fresh[i]);
        }
        return [.. papers.Select(p => _byText.GetValueOrDefault(PaperText.For(p)) ?? extra[PaperText.For(p)])];
    }
}
