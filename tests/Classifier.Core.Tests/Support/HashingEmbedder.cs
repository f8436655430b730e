using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Papers;

namespace Classifier.Core.Tests.Support;

/// <summary>A deterministic stand-in encoder for fast unit tests: each word of the paper's text adds to one dimension, then the vector is unit length.</summary>
internal sealed class HashingEmbedder : IPaperEmbedder
{
    public EncoderIdentity Identity { get; } = new("hashing", "1", new string('0', 64), MiniLmModel.Dimension);

    /// <summary>How many texts it was asked to embed, in all.</summary>
    public int Embedded { get; private set; }

    public float[][] Embed(IReadOnlyList<Paper> papers)
    {
        Embedded += papers.Count;
        return [.. papers.Select(p => Vector(PaperText.For(p)))];
    }

    private static float[] Vector(string text)
    {
        var vector = new float[MiniLmModel.Dimension];
        foreach (var word in text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var hash = 17;
            foreach (var c in word)
            {
                hash = unchecked(hash * 31 + c);
            }
            vector[(hash & int.MaxValue) % vector.Length] += 1;
        }
        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        return norm == 0 ? vector : [.. vector.Select(v => v / norm)];
    }
}
