using Classifier.Core.Papers;

namespace Classifier.Core.Tests.Learning;

/// <summary>Deterministic labelled papers whose titles mix category keywords with shared filler words.</summary>
internal static class SyntheticPapers
{
    private static readonly string[][] Keywords =
    [
        ["recognition", "classifier", "backbone", "detection", "retrieval", "zero-shot"],
        ["pruning", "quantization", "distillation", "efficient", "sparse", "mobile"],
        ["gan", "adversarial", "stylegan", "generator", "latent", "discriminator"],
        ["segmentation", "mask", "panoptic", "semantic", "instance", "referring"],
        ["video", "tracking", "temporal", "grounding", "frames", "streams"],
        ["editing", "inpainting", "stylization", "manipulation", "retouching", "edit"],
        ["text-to-image", "diffusion", "prompt", "personalization", "subject-driven", "dreambooth"],
        ["nerf", "reconstruction", "novel-view", "mesh", "super-resolution", "relighting"],
        ["action", "activity", "gesture", "motion", "skeleton", "lip-reading"],
    ];

    private static readonly string[] Filler =
    [
        "learning", "model", "towards", "neural", "robust", "scalable", "via", "framework", "network", "large",
        "data", "self-supervised", "transformer", "foundation", "benchmark", "unified", "open", "world", "fast", "deep",
    ];

    /// <summary><paramref name="perCategory"/> papers for each of the nine categories; every third summary is empty.</summary>
    public static IReadOnlyList<Paper> Create(int perCategory, int seed = 7, string file = "synthetic.md")
    {
        var random = new Random(seed);
        var papers = new List<Paper>();
        var line = 1;
        for (var c = 0; c < Keywords.Length; c++)
        {
            for (var i = 0; i < perCategory; i++)
            {
                var title = string.Join(' ', Pick(random, Keywords[c], 2).Concat(Pick(random, Filler, 3)).OrderBy(_ => random.Next()));
                var summary = i % 3 == 0 ? "" : $"The authors propose a {Pick(random, Filler, 1)[0]} method for {Pick(random, Keywords[c], 1)[0]} with {Pick(random, Filler, 1)[0]} results.";
                papers.Add(new Paper
                {
                    Title = $"{title} {c}-{i}",
                    Summary = summary,
                    ArxivId = $"2303.{c:00}{i:000}",
                    Category = Taxonomy.ByNumber(c + 1),
                    Source = new SourceLocation(file, line++),
                });
            }
        }
        return papers;
    }

    /// <summary>Papers spread over consecutive months starting March 2023.</summary>
    public static IReadOnlyList<LabelledMonth> Months(int months, int perCategory)
    {
        return Enumerable.Range(0, months).Select(m =>
        {
            var month = new Month(2023, 3 + m);
            var file = $"Top CV Papers in {month}.md";
            return new LabelledMonth(month, file, Create(perCategory, seed: 11 + m, file: file));
        }).ToList();
    }

    private static readonly string[] OutOfScopeKeywords =
        ["medical", "radiology", "mri", "tumour", "federated", "robot", "lidar", "driving", "forensics", "fmri"];

    /// <summary>
    /// Out-of-scope papers (medical imaging, robotics, driving...) with the same filler words; every other one has a summary,
    /// each has a curator's note.
    /// </summary>
    public static IReadOnlyList<Paper> OutOfScope(int count, int seed = 3, string file = "out-of-scope.jsonl")
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(i => new Paper
        {
            Title = $"{string.Join(' ', Pick(random, OutOfScopeKeywords, 2).Concat(Pick(random, Filler, 3)).OrderBy(_ => random.Next()))} oos-{i}",
            Summary = i % 2 == 0 ? "" : $"The authors propose a {Pick(random, Filler, 1)[0]} method for {Pick(random, OutOfScopeKeywords, 1)[0]} scans.",
            Note = $"{Pick(random, OutOfScopeKeywords, 1)[0]}: not a computer vision category",
            ArxivId = $"2304.9{i:0000}",
            Category = Taxonomy.OutOfScope,
            Source = new SourceLocation(file, i + 1),
        })];
    }

    /// <summary><see cref="Months"/> with <paramref name="outOfScope"/> out-of-scope papers added to each month.</summary>
    public static IReadOnlyList<LabelledMonth> MonthsWithOutOfScope(int months, int perCategory, int outOfScope) =>
        [.. Months(months, perCategory).Select((m, k) => m with { Papers = [.. m.Papers, .. OutOfScope(outOfScope, seed: 40 + k).Select(p => p with { ArxivId = $"{p.ArxivId}{k}" })] })];

    private static string[] Pick(Random random, string[] words, int count) =>
        words.OrderBy(_ => random.Next()).Take(count).ToArray();
}
