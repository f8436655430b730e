using Classifier.Core.Learning.Candidates;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace Classifier.Core.Learning.Features;

/// <summary>Word and character TF-IDF n-grams of the title and, when any paper has one, of the summary.</summary>
internal sealed class NgramFeatures(TrainingOptions options, bool withSummary) : IFeatureSource
{
    public IReadOnlyList<string> Columns => withSummary ? [Learning.Columns.TitleFeatures, Learning.Columns.SummaryFeatures] : [Learning.Columns.TitleFeatures];

    public IEstimator<ITransformer> Create(MLContext ml)
    {
        var chain = new EstimatorChain<ITransformer>()
            .Append<ITransformer>(ml.Transforms.Text.FeaturizeText(Learning.Columns.TitleFeatures, TextOptions(), Learning.Columns.Title));
        // FeaturizeText fails on a column with no text at all, so an all-empty summary column is left out.
        return withSummary
            ? chain.Append<ITransformer>(ml.Transforms.Text.FeaturizeText(Learning.Columns.SummaryFeatures, TextOptions(), Learning.Columns.Summary))
            : chain;
    }

    private TextFeaturizingEstimator.Options TextOptions() => new()
    {
        WordFeatureExtractor = new WordBagEstimator.Options
        {
            NgramLength = options.WordNgramLength,
            UseAllLengths = true,
            Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf,
        },
        CharFeatureExtractor = new WordBagEstimator.Options
        {
            NgramLength = options.CharNgramLength,
            UseAllLengths = true,
            Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf,
        },
        Norm = TextFeaturizingEstimator.NormFunction.L2,
    };
}
