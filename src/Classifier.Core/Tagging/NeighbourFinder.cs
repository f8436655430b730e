using Classifier.Core.Learning.Bundles;
using Classifier.Core.Papers;

namespace Classifier.Core.Tagging;

/// <summary>Finds the labelled papers most similar to a paper by cosine similarity of their (unit-length) embeddings.</summary>
internal sealed class NeighbourFinder
{
    private readonly IReadOnlyList<OutOfFoldRecord> _records;
    private readonly IReadOnlyList<float[]> _embeddings;

    internal NeighbourFinder(IReadOnlyList<OutOfFoldRecord> records, IReadOnlyList<float[]> embeddings)
    {
        _records = records;
        _embeddings = embeddings;
    }

    /// <summary>The finder over a bundle's training papers; null for a bundle without embeddings (an n-gram model).</summary>
    public static NeighbourFinder? For(ModelBundle bundle) =>
        bundle.Embeddings is { } embeddings ? new NeighbourFinder(bundle.OutOfFold, embeddings) : null;

    /// <summary>The training paper's stored embedding, found by id and title; null when the paper was not trained on.</summary>
    public float[]? StoredEmbedding(Paper paper)
    {
        for (var i = 0; i < _records.Count; i++)
        {
            if (IsSame(_records[i], paper))
            {
                return _embeddings[i];
            }
        }
        return null;
    }

    /// <summary>The <paramref name="count"/> most similar labelled papers, most similar first, never the paper itself.</summary>
    public IReadOnlyList<Neighbour> Nearest(Paper paper, ReadOnlySpan<float> embedding, int count)
    {
        var best = new List<(double Similarity, int Index)>(count + 1);
        for (var i = 0; i < _records.Count; i++)
        {
            if (IsSame(_records[i], paper))
            {
                continue;
            }
            var similarity = Dot(embedding, _embeddings[i]);
            if (best.Count < count || similarity > best[^1].Similarity)
            {
                var at = best.FindIndex(b => b.Similarity < similarity);
                best.Insert(at < 0 ? best.Count : at, (similarity, i));
                if (best.Count > count)
                {
                    best.RemoveAt(best.Count - 1);
                }
            }
        }
        return [.. best.Select(b => new Neighbour(_records[b.Index].Title, _records[b.Index].Label, _records[b.Index].Month, Math.Round(b.Similarity, 4)))];
    }

    private static bool IsSame(OutOfFoldRecord record, Paper paper) => record.PaperId == paper.Id && record.Title == paper.Title;

    private static double Dot(ReadOnlySpan<float> a, float[] b)
    {
        var sum = 0.0;
        for (var d = 0; d < a.Length && d < b.Length; d++)
        {
            sum += a[d] * b[d];
        }
        return sum;
    }
}
