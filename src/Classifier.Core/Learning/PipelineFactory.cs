using Classifier.Core.Learning.Candidates;
using Classifier.Core.Learning.Features;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;

namespace Classifier.Core.Learning;

/// <summary>Builds the one pipeline: label to key, explicit feature sources, multiclass trainer, key back to label.</summary>
internal static class PipelineFactory
{
    /// <summary>The estimator chain for these options; the summary is featurized only when some summary has text.</summary>
    public static IEstimator<ITransformer> Create(MLContext ml, TrainingOptions options, IReadOnlyList<string> labels, bool withSummary)
    {
        var keyData = ml.Data.LoadFromEnumerable(labels.Select(label => new PaperRow { Label = label }));
        var chain = new EstimatorChain<ITransformer>()
            .Append<ITransformer>(ml.Transforms.Conversion.MapValueToKey(Columns.Label, Columns.Label, keyData: SelectLabel(ml, keyData)));
        var sources = Sources(options, withSummary);
        foreach (var source in sources)
        {
            chain = chain.Append<ITransformer>(source.Create(ml));
        }
        // The feature vector is built from the named feature columns only, so the label can never leak into it.
        return chain
            .Append<ITransformer>(ml.Transforms.Concatenate(Columns.Features, [.. sources.SelectMany(s => s.Columns)]))
            // Without a cache the trainer re-featurized every title on each of its passes: one fit took 1.8 s instead of 0.3 s
            // on data/. The cache also lets SDCA shuffle between passes, which moved its CV macro-F1 by -0.0008 (see the report).
            .AppendCacheCheckpoint(ml)
            .Append<ITransformer>(CreateTrainer(ml, options))
            .Append<ITransformer>(ml.Transforms.Conversion.MapKeyToValue(Columns.PredictedLabel));
    }

    private static List<IFeatureSource> Sources(TrainingOptions options, bool withSummary)
    {
        var sources = new List<IFeatureSource>();
        if (options.Features.UsesNGrams())
        {
            sources.Add(new NgramFeatures(options, withSummary));
        }
        if (options.Features.UsesEmbedding())
        {
            sources.Add(new EmbeddingFeatures());
        }
        return sources;
    }

    private static IDataView SelectLabel(MLContext ml, IDataView keyData) =>
        ml.Transforms.SelectColumns(Columns.Label).Fit(keyData).Transform(keyData);

    private static IEstimator<ITransformer> CreateTrainer(MLContext ml, TrainingOptions options) => options.Trainer switch
    {
        TrainerKind.SdcaMaximumEntropy => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = Columns.Label,
            FeatureColumnName = Columns.Features,
            MaximumNumberOfIterations = options.MaximumIterations,
            L2Regularization = options.SdcaL2,
            NumberOfThreads = 1,
        }),
        TrainerKind.LbfgsMaximumEntropy => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = Columns.Label,
            FeatureColumnName = Columns.Features,
            MaximumNumberOfIterations = options.MaximumIterations,
            L1Regularization = 0,
            L2Regularization = options.LbfgsL2,
            NumberOfThreads = 1,
        }),
        TrainerKind.OneVersusAllFastTree => ml.MulticlassClassification.Trainers.OneVersusAll(
            ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
            {
                FeatureColumnName = Columns.Features,
                NumberOfTrees = options.FastTreeTrees,
                NumberOfLeaves = options.FastTreeLeaves,
                MinimumExampleCountPerLeaf = 2,
                NumberOfThreads = 1,
            }),
            Columns.Label),
        // OneVersusAll calibrates each binary SVM (Platt) and normalises the nine scores into probabilities.
        TrainerKind.OneVersusAllLinearSvm => ml.MulticlassClassification.Trainers.OneVersusAll(
            ml.BinaryClassification.Trainers.LinearSvm(new LinearSvmTrainer.Options
            {
                FeatureColumnName = Columns.Features,
                NumberOfIterations = options.MaximumIterations,
                Lambda = options.SvmLambda,
            }),
            Columns.Label),
        _ => throw new ArgumentOutOfRangeException(nameof(options), options.Trainer, "unknown trainer"),
    };
}
