using Classifier.Core.Learning.Candidates;
using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Papers;

namespace Classifier.Core.Learning.Gate;

/// <summary>Fits the two halves of a gated model: the category model on in-scope papers, the out-of-scope gate on every title.</summary>
internal static class GatedModelTrainer
{
    /// <summary>
    /// Trains both halves; the result scores [(1-q)·p_category, q] in <paramref name="labels"/> order, which must end with
    /// out of scope. Without a gate, one model learns out of scope as a class like the others.
    /// </summary>
    public static TrainedModel Train(IReadOnlyList<Paper> papers, TrainingOptions options, GateOptions? gate, IReadOnlyList<string> labels, IPaperEmbedder? embedder)
    {
        var hasOutOfScope = labels.Count > 0 && labels[^1] == Taxonomy.OutOfScope.Name && papers.Any(p => p.Category == Taxonomy.OutOfScope);
        if (gate is null || !hasOutOfScope)
        {
            return ModelTrainer.Train(papers, options, labels, embedder);
        }
        var encoder = embedder ?? throw new ArgumentException("the out-of-scope gate reads title embeddings and needs an encoder", nameof(embedder));
        var inScope = papers.Where(p => p.Category is not null && p.Category != Taxonomy.OutOfScope).ToList();
        var categories = ModelTrainer.Train(inScope, options, [.. labels.Take(labels.Count - 1)], embedder);
        var outOfScope = GateLearner.Train(papers, gate, encoder);
        return new TrainedModel(categories.Ml, categories.Transformer, categories.InputSchema, labels, categories.Embedder, outOfScope);
    }
}
