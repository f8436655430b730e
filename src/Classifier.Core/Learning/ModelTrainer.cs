using Classifier.Core.Papers;
using Microsoft.ML;

namespace Classifier.Core.Learning;

/// <summary>Fits the seeded pipeline on labelled papers.</summary>
internal static class ModelTrainer
{
    /// <summary>Trains on the papers; the score slots follow <paramref name="labels"/> (default: the papers' own categories).</summary>
    public static TrainedModel Train(IReadOnlyList<Paper> papers, TrainingOptions options, IReadOnlyList<string>? labels = null)
    {
        if (papers.Count == 0)
        {
            throw new ArgumentException("cannot train on no papers", nameof(papers));
        }
        labels ??= LabelSet.From(papers);
        var ml = new MLContext(options.Seed);
        var data = ml.Data.LoadFromEnumerable(papers.Select(PaperRow.From).ToList());
        // FeaturizeText fails on a column with no text at all, so an all-empty summary column is left out.
        var withSummary = options.UseSummary && papers.Any(p => !string.IsNullOrWhiteSpace(p.Summary));
        var transformer = PipelineFactory.Create(ml, options, labels, withSummary).Fit(data);
        return new TrainedModel(ml, transformer, data.Schema, labels);
    }
}
