using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using System.Text.Json;
using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Papers;

namespace Classifier.Bench.Speed;

/// <summary>
/// The most papers a second this machine could encode, measured in the same run as the arms it is printed beside:
/// the multiply-adds all-MiniLM-L6-v2 needs for the input's own tokens, over what a fused multiply-add loop reaches
/// on every core just now. A floor on time, so a ceiling on papers/s: no padding, no softmax, no layer norms counted.
/// </summary>
internal static class EncoderFloor
{
    private const int Layers = 6;
    private const int Hidden = 384;
    private const int Intermediate = 1536;

    /// <summary>Per token and layer: the Q, K, V and output projections and the two feed-forward matrices, 2 FLOP a multiply-add.</summary>
    private const double LinearFlopsPerToken = 2.0 * (4 * Hidden * Hidden + 2 * Hidden * Intermediate);

    /// <summary>Per layer, for n tokens: Q times K transposed and the weights times V, each n x n x hidden multiply-adds.</summary>
    private const double AttentionFlopsPerSquaredToken = 2.0 * 2 * Hidden;

    /// <summary>The floor for the papers in <paramref name="jsonl"/>, each half measured now.</summary>
    public static void Print(string jsonl)
    {
        var rate = GflopsPerSecond(Environment.ProcessorCount, TimeSpan.FromSeconds(3));
        var perPaper = GflopsPerPaper(jsonl);
        Console.WriteLine(FormattableString.Invariant(
            $"{rate:0.0} GFLOP/s on {Environment.ProcessorCount} cores, {perPaper:0.000} GFLOP a paper (title and summary apart), floor {rate / perPaper:0.0} papers/s"));
    }

    /// <summary>
    /// The mean FLOPs a paper of the file costs the encoder, in GFLOP: its title and its summary as two sequences, as
    /// tag encodes them, or as one joined text (<paramref name="joined"/>), as the package's SentenceEncoder is given them.
    /// </summary>
    public static double GflopsPerPaper(string jsonl, bool joined = false)
    {
        var tokenizer = MiniLmEncoder.CreateTokenizer();
        int Tokens(string text) => tokenizer.EncodeToIds(text, MiniLmModel.MaxTokens, addSpecialTokens: true, out _, out _).Count;
        var total = 0.0;
        var papers = 0;
        foreach (var line in File.ReadLines(jsonl))
        {
            using var paper = JsonDocument.Parse(line);
            var root = paper.RootElement;
            var title = root.GetProperty("title").GetString()!;
            var summary = root.TryGetProperty("summary", out var value) ? value.GetString() : null;
            var flops = joined || string.IsNullOrWhiteSpace(summary)
                ? SequenceFlops(Tokens(PaperText.For(new Paper { Title = title, Summary = summary ?? "" })))
                : SequenceFlops(Tokens(title)) + SequenceFlops(Tokens(summary));
            total += flops;
            papers++;
        }
        return papers == 0 ? throw new InvalidDataException($"{jsonl}: no papers") : total / papers / 1e9;
    }

    /// <summary>One sequence of <paramref name="tokens"/> tokens through the six layers.</summary>
    public static double SequenceFlops(int tokens) =>
        Layers * (tokens * LinearFlopsPerToken + (double)tokens * tokens * AttentionFlopsPerSquaredToken);

    /// <summary>GFLOP/s of independent fused multiply-adds on 256-bit vectors, one thread a core, all at once.</summary>
    public static double GflopsPerSecond(int threads, TimeSpan duration)
    {
        if (!Fma.IsSupported || !Avx.IsSupported)
        {
            throw new PlatformNotSupportedException("no FMA and AVX on this CPU: the encoder's floor is not measured");
        }
        var flops = new double[threads];
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() => flops[t] = FusedMultiplyAdds(duration)) { IsBackground = true }).ToArray();
        foreach (var worker in workers)
        {
            worker.Start();
        }
        foreach (var worker in workers)
        {
            worker.Join();
        }
        return flops.Sum() / clock.Elapsed.TotalSeconds / 1e9;
    }

    // Bursts until the time is up; each burst's result is summed and kept, so no burst can be dropped as dead code.
    private static double FusedMultiplyAdds(TimeSpan duration)
    {
        const int Iterations = 1 << 16;
        var clock = Stopwatch.StartNew();
        long bursts = 0;
        var kept = 0.0;
        while (clock.Elapsed < duration)
        {
            kept += Burst(Iterations, 0.999999f);
            bursts++;
        }
        GC.KeepAlive(kept);
        return bursts * Iterations * 10.0 * Vector256<float>.Count * 2;
    }

    // Ten independent accumulators, so the adds' latency never stalls the two FMA pipes. Fully optimised from the first
    // call: a loop left to tiering was once compiled on-stack-replaced without its multiply-adds (500 "GFLOP/s").
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static float Burst(int iterations, float seed)
    {
        var x = Vector256.Create(seed);
        var y = Vector256.Create(1e-7f);
        Vector256<float> a0 = x, a1 = x + y, a2 = x - y, a3 = x * x, a4 = x + x, a5 = y, a6 = x * y, a7 = x - x, a8 = y + y, a9 = x + y + y;
        for (var i = 0; i < iterations; i++)
        {
            a0 = Vector256.FusedMultiplyAdd(a0, x, y);
            a1 = Vector256.FusedMultiplyAdd(a1, x, y);
            a2 = Vector256.FusedMultiplyAdd(a2, x, y);
            a3 = Vector256.FusedMultiplyAdd(a3, x, y);
            a4 = Vector256.FusedMultiplyAdd(a4, x, y);
            a5 = Vector256.FusedMultiplyAdd(a5, x, y);
            a6 = Vector256.FusedMultiplyAdd(a6, x, y);
            a7 = Vector256.FusedMultiplyAdd(a7, x, y);
            a8 = Vector256.FusedMultiplyAdd(a8, x, y);
            a9 = Vector256.FusedMultiplyAdd(a9, x, y);
        }
        return (a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9).ToScalar();
    }
}
