using Classifier.Core.Papers;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Classifier.Core.Learning;

/// <summary>A fitted pipeline with the label order of its score vector and the schema it reads.</summary>
internal sealed class TrainedModel
{
    public TrainedModel(MLContext ml, ITransformer transformer, DataViewSchema inputSchema, IReadOnlyList<string> labels)
    {
        Ml = ml;
        Transformer = transformer;
        InputSchema = inputSchema;
        Labels = labels;
    }

    public MLContext Ml { get; }

    public ITransformer Transformer { get; }

    public DataViewSchema InputSchema { get; }

    /// <summary>Category names in the order of the score slots.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Scores a batch through one Transform; one probability vector per paper, in label order.</summary>
    public float[][] PredictProbabilities(IEnumerable<Paper> papers)
    {
        var data = Ml.Data.LoadFromEnumerable(papers.Select(PaperRow.Unlabelled));
        return Transformer.Transform(data).GetColumn<float[]>(Columns.Score).ToArray();
    }

    /// <summary>A prediction engine: not thread-safe, so make one per thread.</summary>
    public PredictionEngine<PaperRow, ScoredRow> CreateEngine() =>
        Ml.Model.CreatePredictionEngine<PaperRow, ScoredRow>(Transformer);
}
