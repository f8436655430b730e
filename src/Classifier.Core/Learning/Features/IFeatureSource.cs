using Microsoft.ML;

namespace Classifier.Core.Learning.Features;

/// <summary>One source of features in the pipeline: the estimator that makes its columns, and their names.</summary>
internal interface IFeatureSource
{
    IReadOnlyList<string> Columns { get; }

    IEstimator<ITransformer> Create(MLContext ml);
}
