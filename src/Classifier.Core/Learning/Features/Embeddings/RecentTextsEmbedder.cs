using Classifier.Core.Papers;

namespace Classifier.Core.Learning.Features.Embeddings;

/// <summary>
/// Remembers the vectors of the last few texts it embedded, and embeds a text repeated within one call once.
/// </summary>
/// <remarks>
/// Tagging embeds each batch twice: the out-of-scope gate reads the titles, the category model the title and summary.
/// A paper without a summary is the same text both times, so by title alone half the encoder's work was repeated.
/// </remarks>
internal sealed class RecentTextsEmbedder(IPaperEmbedder inner, int capacity) : IPaperEmbedder
{
    private readonly Dictionary<string, float[]> _byText = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private readonly Lock _lock = new();

    public EncoderIdentity Identity => inner.Identity;

    public EmbeddingRecipe Recipe => inner.Recipe;

    public float[][] Embed(IReadOnlyList<Paper> papers)
    {
        lock (_lock)
        {
            var texts = papers.Select(PaperText.For).ToArray();
            var missing = new List<Paper>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < texts.Length; i++)
            {
                if (!_byText.ContainsKey(texts[i]) && seen.Add(texts[i]))
                {
                    missing.Add(papers[i]);
                }
            }
            var fresh = missing.Count == 0 ? [] : inner.Embed(missing);
            var found = new Dictionary<string, float[]>(StringComparer.Ordinal);
            for (var k = 0; k < missing.Count; k++)
            {
                found[PaperText.For(missing[k])] = fresh[k];
            }
            var result = texts.Select(t => found.TryGetValue(t, out var v) ? v : _byText[t]).ToArray();
            foreach (var (text, vector) in found)
            {
                Remember(text, vector);
            }
            return result;
        }
    }

    public void ReleaseEncoder() => inner.ReleaseEncoder();

    private void Remember(string text, float[] vector)
    {
        _byText[text] = vector;
        _order.Enqueue(text);
        while (_order.Count > capacity)
        {
            _byText.Remove(_order.Dequeue());
        }
    }
}
