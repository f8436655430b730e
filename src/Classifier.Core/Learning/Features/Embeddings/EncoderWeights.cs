using Classifier.Core.Learning.Features.Embeddings.Quantisation;

namespace Classifier.Core.Learning.Features.Embeddings;

/// <summary>
/// Which weights the MiniLM encoder runs: the package's fp32 model, or its int8 dynamic quantisation (symmetric int8, one
/// scale per output column: of the eight schemes measured, the one that kept leave-one-month-out accuracy, docs/int8.md).
/// </summary>
public static class EncoderWeights
{
    public const string Fp32 = "fp32";
    public const string Int8 = "int8";

    public static IReadOnlyList<string> Names { get; } = [Fp32, Int8];

    internal static Int8Options Int8Scheme { get; } = new(PerColumn: true);

    // Once per process: finding (or, the first time, quantising) the int8 file and hashing it were done again by each
    // caller (the preloader, the embedder, the embedding cache's key).
    private static readonly Lazy<string> Int8Path = new(() =>
        MiniLmInt8ModelFile.Extract(EmbeddingCache.DefaultFolder(), Int8Scheme)
        ?? MiniLmInt8ModelFile.Extract(Path.Combine(Path.GetTempPath(), $"cvclassify-{Environment.UserName}"), Int8Scheme)
        ?? throw new IOException("cannot write the int8 encoder model into the cache folder or the temporary folder"));

    private static readonly Lazy<EncoderIdentity> Int8Identity = new(() => MiniLmModel.IdentityOf(Int8Path.Value) with { Weights = Int8 });

    /// <summary>The model file these weights run from (the int8 one quantised into the cache folder on first use); null for the package's own.</summary>
    internal static string? ModelPath(string weights) => weights switch
    {
        Fp32 => null,
        Int8 => Int8Path.Value,
        _ => throw Unknown(weights),
    };

    /// <summary>An embedder over these weights, through <paramref name="cache"/> when one is given.</summary>
    internal static MiniLmPaperEmbedder Embedder(string weights, EmbeddingCache? cache = null) => new(cache, weights);

    /// <summary>The identity of an embedder over these weights (the model file hashed once per process).</summary>
    internal static EncoderIdentity Identity(string weights) => weights switch
    {
        Fp32 => MiniLmModel.Identity,
        Int8 => Int8Identity.Value,
        _ => throw Unknown(weights),
    };

    /// <summary>The SHA-256 of the model file a session reads (null: the package's), taken from the identities hashed once per process when the file is theirs.</summary>
    internal static string ModelSha256(string? modelPath) =>
        modelPath is null ? MiniLmModel.Identity.ModelSha256
        : Int8Path.IsValueCreated && modelPath == Int8Path.Value ? Int8Identity.Value.ModelSha256
        : MiniLmModel.IdentityOf(modelPath).ModelSha256;

    private static ArgumentOutOfRangeException Unknown(string weights) =>
        new(nameof(weights), weights, $"expected one of {string.Join(", ", Names)}");
}
