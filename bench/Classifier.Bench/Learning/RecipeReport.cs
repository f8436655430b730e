using System.Diagnostics;
using Classifier.Core.Evaluation;
using Classifier.Core.Learning.Candidates;
using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Learning.Gate;
using Classifier.Core.Papers;

namespace Classifier.Bench.Learning;

/// <summary>
/// The category model's embedding recipes side by side, leave one month out per input shape, with the bundled gate:
/// the joined text, the mean of title and summary vectors, and the two side by side; then how many papers each changes.
/// </summary>
internal static class RecipeReport
{
    private static readonly EmbeddingRecipe[] Recipes = [EmbeddingRecipe.JoinedText, EmbeddingRecipe.TitleSummaryMean, EmbeddingRecipe.TitleSummaryConcatenation];

    public static void Run(int seed, double budget)
    {
        var months = DataFolder.ReadMonths();
        var papers = months.SelectMany(m => m.Papers).ToList();
        using var encoder = DefaultEmbedder.WithCache();
        var embedder = new MemoizedEmbedder(encoder, [.. Recipes.SelectMany(r => r.TextsToEmbed(papers)).DistinctBy(PaperText.For), .. GateLearner.TextsToEmbed(papers)]);
        var clock = Stopwatch.StartNew();
        var gate = GateCandidates.Recommended(seed);
        var candidates = Recipes.Select(r => new ShapeCandidate($"gated, {r.Describe()}", TrainerCandidates.Recommended(seed) with { Recipe = r }, gate)).ToList();
        var report = ShapeComparison.Run(months, candidates, embedder, budget, line => Console.Error.WriteLine($"{clock.Elapsed.TotalSeconds:0} s: {line}"));
        Console.WriteLine($"seed {seed}, budget {budget}");
        Print("leave-one-month-out (all months)", report.CrossValidation);
        Print($"held-out month {report.HeldOutMonth} (trained on the other months)", report.HeldOut);
        PrintChanges(report.Predictions);
        Console.WriteLine($"({clock.Elapsed.TotalSeconds:0} s)");
    }

    private static void Print(string title, IReadOnlyList<ShapeScores> rows)
    {
        Console.WriteLine($"\n{title}\n| model | input | in-scope | out-of-scope | accuracy | macro-F1 | top-2 | in-scope abstain | out-of-scope recall |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var r in rows.Where(r => r.Shape != InputShape.TitleAndLongAbstract).OrderBy(r => r.Shape))
        {
            Console.WriteLine($"| {r.Model} | {r.Shape.Describe()} | {r.InScope} | {r.OutOfScope} | {r.Accuracy:0.000} | {r.MacroF1:0.000} | {r.TopTwo:0.000} | {r.InScopeAbstain:0.000} | {r.OutOfScopeRecall:0.000} |");
        }
    }

    // In-scope papers whose best category differs from the joined text's, and how many of those each way turned right or wrong.
    private static void PrintChanges(IReadOnlyList<MonthFoldPredictions> predictions)
    {
        var joined = predictions[0];
        var outOfScope = joined.Labels.ToList().IndexOf(Taxonomy.OutOfScope.Name);
        var inScope = Enumerable.Range(0, joined.Papers.Count).Where(i => joined.Actual[i] != outOfScope).ToList();
        Console.WriteLine("\n| recipe against the joined text | input | in-scope papers whose category changes | wrong -> right | right -> wrong |");
        Console.WriteLine("|---|---|---|---|---|");
        for (var c = 1; c < predictions.Count; c++)
        {
            foreach (var shape in new[] { InputShape.TitleAndSummary, InputShape.TitleOnly })
            {
                var before = inScope.ToDictionary(i => i, i => Best(joined.Probabilities[shape][i], outOfScope));
                var after = inScope.ToDictionary(i => i, i => Best(predictions[c].Probabilities[shape][i], outOfScope));
                var changed = inScope.Where(i => before[i] != after[i]).ToList();
                Console.WriteLine($"| {Recipes[c].Describe()} | {shape.Describe()} | {changed.Count} of {inScope.Count} | {changed.Count(i => after[i] == joined.Actual[i])} | {changed.Count(i => before[i] == joined.Actual[i])} |");
            }
        }
    }

    private static int Best(float[] p, int outOfScope) =>
        Enumerable.Range(0, p.Length).Where(k => k != outOfScope).OrderByDescending(k => p[k]).ThenBy(k => k).First();
}
