using Classifier.Core.Learning.Candidates;
using Classifier.Core.Learning.Features;
using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Papers;
using Microsoft.ML;

namespace Classifier.Core.Learning;

/// <summary>Fits the seeded pipeline on labelled papers.</summary>
internal static class ModelTrainer
{
    /// <summary>Trains on the papers; the score slots follow <paramref name="labels"/> (default: the papers' own categories).</summary>
    /// <param name="embedder">Required when the options read the embedding; the model keeps it to embed the papers it scores.</param>
    public static TrainedModel Train(IReadOnlyList<Paper> papers, TrainingOptions options, IReadOnlyList<string>? labels = null, IPaperEmbedder? embedder = null)
    {
        if (papers.Count == 0)
        {
            throw new ArgumentException("cannot train on no papers", nameof(papers));
        }
        if (options.Features.UsesEmbedding() && embedder is null)
        {
            throw new ArgumentException($"{options.Features.Describe()} features need an encoder", nameof(embedder));
        }
        labels ??= LabelSet.From(papers);
        var ml = new MLContext(options.Seed);
        // The model keeps the recipe's embedder: it makes the vectors of the papers it scores the way it learned them.
        embedder = options.Features.UsesEmbedding() ? options.Recipe.OrUnrecorded().Over(embedder!) : null;
        var width = embedder is null ? MiniLmModel.Dimension : options.Recipe.OrUnrecorded().Width(embedder.Identity.Dimension);
        var data = ml.Data.LoadFromEnumerable(PaperRows.Stream(papers, embedder, labelled: true).ToList(), PaperRows.Schema(width));
        var withSummary = options.UseSummary && papers.Any(p => !string.IsNullOrWhiteSpace(p.Summary));
        var transformer = PipelineFactory.Create(ml, options, labels, withSummary).Fit(data);
        return new TrainedModel(ml, transformer, data.Schema, labels, embedder);
    }
}
