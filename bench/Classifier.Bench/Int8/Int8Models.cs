using System.Diagnostics;
using System.Security.Cryptography;
using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Learning.Features.Embeddings.Quantisation;

namespace Classifier.Bench.Int8;

/// <summary>The int8 model files the int8 reports run, made (or found) in the bench's cache folder.</summary>
internal static class Int8Models
{
    /// <summary>The schemes named on the command line, or every scheme.</summary>
    public static IReadOnlyList<Int8Options> Schemes(IEnumerable<string> names)
    {
        var chosen = names.Select(Int8Options.Parse).ToList();
        return chosen.Count > 0 ? chosen : Int8Options.All;
    }

    /// <summary>The scheme's model file in the cache folder, quantised now when it is not there (reported with its time and hash).</summary>
    public static string PathOf(Int8Options scheme)
    {
        var folder = EmbeddingCache.DefaultFolder();
        var clock = Stopwatch.StartNew();
        var path = MiniLmInt8ModelFile.Extract(folder, scheme) ?? throw new IOException($"cannot write the int8 model into {folder}");
        using var file = File.OpenRead(path);
        Console.Error.WriteLine($"{scheme.Name}: {path} ({file.Length / 1048576.0:0.0} MB, sha256 {Convert.ToHexStringLower(SHA256.HashData(file))[..12]}, {clock.Elapsed.TotalSeconds:0.0} s)");
        return path;
    }

    /// <summary>An embedder over the scheme's file with its own embedding cache (keyed by that file's hash); fp32 for null.</summary>
    public static MiniLmPaperEmbedder Embedder(Int8Options? scheme)
    {
        if (scheme is null)
        {
            return DefaultEmbedder.WithCache();
        }
        var path = PathOf(scheme);
        return MiniLmPaperEmbedder.OverFile(EmbeddingCache.Open(EmbeddingCache.DefaultFolder(), MiniLmModel.IdentityOf(path)), path, $"int8 {scheme.Name}");
    }
}
