using System.Globalization;
using Classifier.Core.Evaluation;

namespace Classifier.Bench.Int8;

/// <summary>How close each int8 scheme's embeddings are to fp32's: cosine over every paper in data/, title + summary and title alone.</summary>
internal static class Int8Cosine
{
    public static void Run(IEnumerable<string> schemes)
    {
        var papers = DataFolder.ReadMonths().SelectMany(m => m.Papers).ToList();
        using var fp32 = Int8Models.Embedder(null);
        var shapes = new[] { InputShape.TitleAndSummary, InputShape.TitleOnly };
        var reference = shapes.ToDictionary(s => s, s => fp32.Embed([.. papers.Select(p => s.Present(p))]));
        Console.WriteLine($"{papers.Count} papers; cosine of int8 to fp32 embeddings (both unit length)");
        Console.WriteLine("| scheme | input | mean | min | 1st percentile | 5th percentile |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|");
        foreach (var scheme in Int8Models.Schemes(schemes))
        {
            using var int8 = Int8Models.Embedder(scheme);
            foreach (var shape in shapes)
            {
                var vectors = int8.Embed([.. papers.Select(p => shape.Present(p))]);
                var cosines = vectors.Select((v, i) => Cosine(v, reference[shape][i])).Order().ToArray();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {scheme.Name} | {shape.Describe()} | {cosines.Average():0.0000} | {cosines[0]:0.0000} | {Percentile(cosines, 0.01):0.0000} | {Percentile(cosines, 0.05):0.0000} |"));
            }
        }
    }

    private static double Cosine(float[] a, float[] b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * (double)b[i];
            na += a[i] * (double)a[i];
            nb += b[i] * (double)b[i];
        }
        return dot / Math.Sqrt(na * nb);
    }

    // Nearest rank on the sorted values.
    private static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
