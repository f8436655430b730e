using Classifier.Core.Papers;

namespace Classifier.Core.Learning.Features.Embeddings;

/// <summary>Embeds papers with the MiniLM encoder, through an optional on-disk cache so that known texts are never encoded twice.</summary>
internal sealed class MiniLmPaperEmbedder : IPaperEmbedder, IDisposable
{
    private readonly Func<MiniLmEncoder> _createEncoder;
    private readonly Lock _encoderLock = new();
    private Lazy<MiniLmEncoder> _encoder;
    private readonly Lazy<EncoderIdentity> _identity;
    private readonly EmbeddingCache? _cache;

    /// <param name="cache">Where encoded texts are kept between runs; null encodes every time (tagging a stream of new papers).</param>
    /// <param name="weights">Which weights it runs (<see cref="EncoderWeights"/>); their model file is looked for when first needed.</param>
    public MiniLmPaperEmbedder(EmbeddingCache? cache = null, string weights = EncoderWeights.Fp32)
        : this(cache, () => EncoderWeights.ModelPath(weights), () => EncoderWeights.Identity(weights))
    {
    }

    // The model file is found when the encoder is built, not here: a bundle's load makes its embedder while the
    // preloader finds (or first quantises) the same file on another thread.
    private MiniLmPaperEmbedder(EmbeddingCache? cache, Func<string?> modelPath, Func<EncoderIdentity> identity)
    {
        _cache = cache;
        _createEncoder = () => new MiniLmEncoder(modelPath: modelPath());
        _encoder = new(_createEncoder);
        _identity = new(identity);
    }

    /// <summary>An embedder over another file of the model (one of the bench's int8 schemes), its identity recorded under <paramref name="weights"/>.</summary>
    public static MiniLmPaperEmbedder OverFile(EmbeddingCache? cache, string modelPath, string weights) =>
        new(cache, () => modelPath, () => MiniLmModel.IdentityOf(modelPath) with { Weights = weights });

    public EncoderIdentity Identity => _identity.Value;

    /// <summary>What was wrong with the cache file when it was opened (named in the text), for one warning; null when nothing was.</summary>
    public string? CacheProblem => _cache?.Problem;

    /// <summary>The papers' embeddings: cached ones read, the rest encoded in length-sorted batches (and cached).</summary>
    public float[][] Embed(IReadOnlyList<Paper> papers)
    {
        var texts = papers.Select(PaperText.For).ToArray();
        var result = new float[texts.Length][];
        var missing = new List<int>();
        for (var i = 0; i < texts.Length; i++)
        {
            if (_cache?.TryGet(texts[i]) is { } cached)
            {
                result[i] = cached;
            }
            else
            {
                missing.Add(i);
            }
        }
        if (missing.Count > 0)
        {
            float[][] fresh;
            lock (_encoderLock)
            {
                fresh = _encoder.Value.Encode([.. missing.Select(i => texts[i])]);
            }
            for (var k = 0; k < missing.Count; k++)
            {
                result[missing[k]] = fresh[k];
            }
            _cache?.Add(missing.Select((i, k) => (texts[i], fresh[k])));
        }
        return result;
    }

    /// <summary>Disposes the encoder (its ONNX session holds about 250 MB); the next encode builds a new one.</summary>
    /// <remarks>Under the same lock as encoding: a session disposed while another thread ran it crashed ONNX Runtime.</remarks>
    public void ReleaseEncoder()
    {
        lock (_encoderLock)
        {
            DisposeEncoder();
            _encoder = new(_createEncoder);
        }
    }

    public void Dispose()
    {
        lock (_encoderLock)
        {
            DisposeEncoder();
        }
    }

    private void DisposeEncoder()
    {
        if (_encoder.IsValueCreated)
        {
            _encoder.Value.Dispose();
        }
    }
}
