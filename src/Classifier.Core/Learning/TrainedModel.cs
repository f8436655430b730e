using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Papers;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Classifier.Core.Learning;

/// <summary>A fitted pipeline with the label order of its score vector, the schema it reads, and the encoder its rows need.</summary>
internal sealed class TrainedModel
{
    public TrainedModel(MLContext ml, ITransformer transformer, DataViewSchema inputSchema, IReadOnlyList<string> labels, IPaperEmbedder? embedder = null)
    {
        Ml = ml;
        Transformer = transformer;
        InputSchema = inputSchema;
        Labels = labels;
        Embedder = embedder;
    }

    public MLContext Ml { get; }

    public ITransformer Transformer { get; }

    public DataViewSchema InputSchema { get; }

    /// <summary>Category names in the order of the score slots.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>The encoder of the embedding feature; null for an n-gram model, whose rows carry zeros instead.</summary>
    public IPaperEmbedder? Embedder { get; }

    /// <summary>Scores a batch through one Transform; one probability vector per paper, in label order.</summary>
    public float[][] PredictProbabilities(IEnumerable<Paper> papers)
    {
        var data = Ml.Data.LoadFromEnumerable(Rows(papers));
        return Transformer.Transform(data).GetColumn<float[]>(Columns.Score).ToArray();
    }

    /// <summary>The model's unlabelled input rows (embedded when the model reads embeddings).</summary>
    public IEnumerable<PaperRow> Rows(IEnumerable<Paper> papers) => PaperRows.Stream(papers, Embedder);

    /// <summary>The unlabelled input row of one paper.</summary>
    public PaperRow Row(Paper paper) => Rows([paper]).Single();

    /// <summary>A prediction engine: not thread-safe, so make one per thread.</summary>
    public PredictionEngine<PaperRow, ScoredRow> CreateEngine() =>
        Ml.Model.CreatePredictionEngine<PaperRow, ScoredRow>(Transformer);
}
