using System.Diagnostics;
using Classifier.Core.Learning.Bundles;
using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Learning.Features.Ngrams;
using Classifier.Core.Papers;
using Classifier.Core.Papers.Inputs;
using Classifier.Core.Tagging;
using Classifier.Core.Tagging.Outputs;

namespace Classifier.Bench.Speed;

/// <summary>Where an n-gram bundle's tagging spends its CPU, stage by stage in one process: reading, scoring, reasons, writing.</summary>
internal static class NgramStages
{
    public static void Run(string bundleDirectory, string jsonl)
    {
        Stage("load bundle", () => ModelBundleStore.Load(bundleDirectory));
        var bundle = ModelBundleStore.Load(bundleDirectory);
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        // With ngram-tables.bin the load leaves ML.NET's model unloaded; the stages below that need it load it.
        Console.WriteLine($"managed heap: {heap / 1048576.0:0.0} MiB with the bundle loaded (ML.NET's model {(bundle.Model.IsPipelineLoaded ? "loaded" : "not loaded")})");
        var zip = File.ReadAllBytes(Path.Combine(bundleDirectory, ModelBundleStore.ModelFile));
        var scorer = Stage("direct scorer from model.zip (part of the load)", () => LinearNgramScorer.TryCreate(bundle.Model.Transformer, bundle.Model.InputSchema, zip));
        Console.WriteLine($"managed heap: {GC.GetTotalMemory(forceFullCollection: true) / 1048576.0:0.0} MiB with ML.NET's model and a second direct scorer{(scorer is null ? " (none)" : "")}");
        GC.KeepAlive(scorer);
        var papers = Stage("read JSONL", () => new PaperInputReader().Read([jsonl]).ToList());
        // A first pass pays for JIT; the rounds after it are the steady cost per paper.
        for (var round = 1; round <= 2; round++)
        {
            if (bundle.Model.Direct is { } direct)
            {
                var scratch = direct.NewScratch();
                Stage($"round {round}: direct scorer alone (papers it refuses skipped)", () => papers.Count(p => direct.TryScore(p, scratch) is not null));
                    }
            Stage($"round {round}: score, no reasons", () => new PaperTagger(bundle, reasonCount: 0, neighbourCount: 0).Tag(papers).Count());
            Stage($"round {round}: score + 5 reasons", () => new PaperTagger(bundle).Tag(papers).Count());
            var results = new PaperTagger(bundle, reasonCount: 0, neighbourCount: 0).Tag(papers).ToList();
            Stage($"round {round}: write JSONL (results in memory)", () => { new TagResultJsonLinesWriter { Explain = false }.Write(results, TextWriter.Null, 3); return 0; });
        }
        if (bundle.Model.Embedder is not null)
        {
            // The encoder's share of the scoring above: the same texts through a bare encoder.
            using var encoder = new MiniLmEncoder();
            var texts = papers.Select(PaperText.For).ToList();
            for (var round = 1; round <= 2; round++)
            {
                Stage($"round {round}: encoder alone", () => encoder.Encode(texts).Length);
            }
        }
        Console.WriteLine($"{papers.Count} papers");
    }

    /// <summary>Reading a JSON Lines file, pass after pass: its lines alone, then whole papers; the fastest pass of each.</summary>
    public static void Reader(string jsonl, int passes)
    {
        var lines = Fastest(passes, () =>
        {
            using var reader = new BoundedLineReader(jsonl);
            var count = 0;
            while (reader.ReadLine() is not null)
            {
                count++;
            }
            return count;
        });
        var papers = Fastest(passes, () => JsonLinesPaperReader.Instance.Read(jsonl).Count());
        Console.WriteLine($"JSONL: lines alone {lines.Seconds:0.000} s, papers {papers.Seconds:0.000} s (fastest of {passes} passes, {papers.Count} papers)");
    }

    private static (double Seconds, int Count) Fastest(int passes, Func<int> work)
    {
        var best = (Seconds: double.MaxValue, Count: 0);
        for (var pass = 0; pass < passes; pass++)
        {
            var wall = Stopwatch.StartNew();
            var count = work();
            best = (Math.Min(best.Seconds, wall.Elapsed.TotalSeconds), count);
        }
        return best;
    }

    /// <summary>The direct scorer alone, pass after pass over the same papers: the fastest pass is its steady cost, least disturbed by neighbours.</summary>
    public static void Scorer(string bundleDirectory, string jsonl, int passes)
    {
        var direct = ModelBundleStore.Load(bundleDirectory).Model.Direct ?? throw new ArgumentException($"{bundleDirectory}: no direct scorer");
        var papers = new PaperInputReader().Read([jsonl]).ToList();
        var scratch = direct.NewScratch();
        var (best, checksum) = FastestPass(passes, papers, p => direct.TryScore(p, scratch)?[0] ?? 0);
        Console.WriteLine($"direct scorer: fastest of {passes} passes {best:0.000} s for {papers.Count} papers ({best / papers.Count * 1e6:0.0} us each); checksum {checksum:R}");
        // The first paper as often as there are papers: its tables stay in the cache, so this is the scorer's work
        // without its cache misses; the difference to the line above is what the misses cost.
        var (cached, _) = FastestPass(passes, [.. papers.Select(_ => papers[0])], p => direct.TryScore(p, scratch)?[0] ?? 0);
        Console.WriteLine($"direct scorer, the first paper {papers.Count} times: {cached / papers.Count * 1e6:0.0} us each (CPU, fastest pass)");
    }

    // The CPU of the fastest pass (the process's, so that a descheduled pass does not count its wait) and a checksum.
    private static (double Seconds, double Checksum) FastestPass(int passes, List<Paper> papers, Func<Paper, double> score)
    {
        var best = double.MaxValue;
        var checksum = 0.0;
        for (var pass = 0; pass < passes; pass++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            foreach (var paper in papers)
            {
                checksum += score(paper);
            }
            best = Math.Min(best, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
        }
        return (best, checksum);
    }

    private static T Stage<T>(string name, Func<T> work)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var wall = Stopwatch.StartNew();
        var result = work();
        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        Console.WriteLine($"{name}: {wall.Elapsed.TotalSeconds:0.00} s wall, {used.TotalSeconds:0.00} CPU-s, {bytes / 1048576.0:0.0} MiB allocated");
        return result;
    }
}
