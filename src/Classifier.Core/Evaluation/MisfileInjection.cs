using Classifier.Core.Learning;
using Classifier.Core.Learning.Candidates;
using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Learning.Gate;
using Classifier.Core.Papers;
using Classifier.Core.Review;

namespace Classifier.Core.Evaluation;

/// <summary>How well misfiles are found when a known share of a month's papers is moved to a wrong category.</summary>
/// <param name="Moved">How many papers were moved.</param>
/// <param name="FoundInTopK">How many of the top <paramref name="Moved"/> flags were moved papers.</param>
internal sealed record InjectionResult(string Month, int Papers, int Moved, int FoundInTopK, int Flagged)
{
    /// <summary>Precision at k = recall at k, with k the number of moved papers.</summary>
    public double PrecisionAtK => Moved == 0 ? 0 : (double)FoundInTopK / Moved;
}

/// <summary>
/// Moves a share of the latest month's in-scope papers to another category, scores the month with a model trained on
/// the months before it (so it never saw them), and ranks the misfiles by confident learning as a review would.
/// </summary>
internal static class MisfileInjection
{
    public static InjectionResult OnHeldOutMonth(IReadOnlyList<LabelledMonth> months, TrainingOptions options, IPaperEmbedder? embedder, double share = 0.1, int seed = 1)
    {
        var latest = months.Max(m => m.Month);
        var train = months.Where(m => m.Month.CompareTo(latest) < 0).SelectMany(m => m.Papers).ToList();
        var test = months.Where(m => m.Month.Equals(latest)).SelectMany(m => m.Papers).ToList();
        var labels = LabelSet.From(train.Concat(test));
        return Inject(ModelTrainer.Train(train, options, labels, embedder), latest, test, share, seed);
    }

    /// <summary>
    /// Misfile precision at k on each month in turn, held out from a model (gated when <paramref name="gate"/> is given)
    /// trained on every other month, with <paramref name="share"/> of its in-scope papers moved, once per seed.
    /// </summary>
    public static IReadOnlyList<(InjectionResult Result, int Seed)> OnEveryMonth(
        IReadOnlyList<LabelledMonth> months, TrainingOptions options, GateOptions? gate, IPaperEmbedder? embedder, IReadOnlyList<int> seeds, double share = 0.1, Action<string>? progress = null)
    {
        var labels = LabelSet.From(months.SelectMany(m => m.Papers).Where(p => p.Category is not null));
        var results = new List<(InjectionResult, int)>();
        foreach (var month in months.Where(m => m.Papers.Any(p => Taxonomy.Find(p.Category?.Name ?? "") is not null)))
        {
            progress?.Invoke($"misfiles injected into {month.Month}");
            var train = months.Where(m => m != month).SelectMany(m => m.Papers).Where(p => p.Category is not null).ToList();
            var model = GatedModelTrainer.Train(train, options, gate, labels, embedder);
            results.AddRange(seeds.Select(seed => (Inject(model, month.Month, month.Papers, share, seed), seed)));
        }
        return results;
    }

    private static InjectionResult Inject(TrainedModel model, Month month, IReadOnlyList<Paper> papers, double share, int seed)
    {
        var labels = model.Labels;
        var test = papers.Where(p => Taxonomy.Find(p.Category?.Name ?? "") is not null).ToList();
        var random = new Random(seed);
        var moved = Enumerable.Range(0, test.Count).OrderBy(_ => random.Next()).Take((int)Math.Round(test.Count * share)).ToHashSet();
        var noisy = test.Select((p, i) => moved.Contains(i) ? p with { Category = OtherCategory(p.Category!, random) } : p).ToList();
        var probabilities = model.PredictProbabilities(noisy);
        var given = noisy.Select(p => LabelSet.IndexOf(labels, p)).ToList();
        var thresholds = MisfileDetector.ProposableThresholds(ConfidentLearning.Thresholds(probabilities, given, labels.Count), labels);
        var issues = ConfidentLearning.FindIssues(probabilities, given, thresholds);
        var found = issues.Take(moved.Count).Count(issue => moved.Contains(issue.Index));
        return new InjectionResult(month.ToString(), test.Count, moved.Count, found, issues.Count);
    }

    private static Category OtherCategory(Category category, Random random) =>
        Taxonomy.ByNumber((category.Number + random.Next(1, 9) - 1) % 9 + 1);
}
