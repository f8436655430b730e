using System.Diagnostics;
using System.Text.Json;
using Classifier.Core.Learning;
using Classifier.Core.Learning.Bundles;
using Classifier.Core.Learning.Candidates;
using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Papers;
using Classifier.Core.Review;

namespace Classifier.Bench.Learning;

/// <summary>Learns from data/ once and prints the bundle metadata plus a misfile-injection measurement (not a benchmark).</summary>
internal static class LearningReport
{
    public static void Run(int seed)
    {
        var months = DataFolder.ReadMonths();
        var clock = Stopwatch.StartNew();
        using var encoder = DefaultEmbedder.WithCache();
        var embedder = new MemoizedEmbedder(encoder, [.. months.SelectMany(m => m.Papers)]);
        var bundle = ModelLearner.Learn(months, LearnerOptions.CompareTrainers(seed) with { Embedder = embedder });
        Console.WriteLine($"learned in {clock.Elapsed.TotalSeconds:0.0} s");
        Console.WriteLine(JsonSerializer.Serialize(bundle.Metadata, ModelBundleStore.Json));
        MeasureInjectedMisfiles(months, bundle.Metadata.Options, embedder);
    }

    private static void MeasureInjectedMisfiles(IReadOnlyList<LabelledMonth> months, TrainingOptions options, IPaperEmbedder embedder)
    {
        var papers = months.SelectMany(m => m.Papers).Where(p => p.Category is not null).ToList();
        var random = new Random(options.Seed);
        var moved = Enumerable.Range(0, papers.Count).OrderBy(_ => random.Next()).Take(papers.Count / 10).ToList();
        foreach (var i in moved)
        {
            var target = (papers[i].Category!.Number + random.Next(1, 9) - 1) % 9 + 1;
            papers[i] = papers[i] with { Category = Taxonomy.ByNumber(target) };
        }
        var ids = moved.Select(i => papers[i].Id).ToHashSet();
        var findings = MisfileDetector.Detect(papers, options, embedder: embedder);
        foreach (var k in new[] { ids.Count, ids.Count * 2, ids.Count * 3, findings.Count })
        {
            var found = findings.Take(k).Count(f => ids.Contains(f.PaperId!));
            Console.WriteLine($"injected {ids.Count} moved labels: recall@{k} = {(double)found / ids.Count:0.00} ({found}), precision@{k} = {(double)found / Math.Max(1, Math.Min(k, findings.Count)):0.00}");
        }
        Console.WriteLine($"flagged {findings.Count} of {papers.Count}");
        foreach (var finding in findings.Take(5))
        {
            Console.WriteLine($"  {finding.Score:0.00} {(ids.Contains(finding.PaperId!) ? "[injected]" : "[as filed]")} {finding.Location}: {finding.Message}");
        }
    }
}
