using Classifier.Core.Learning;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Classifier.Core.Tagging;

/// <summary>One n-gram's push toward a category: its feature value times the category's weight.</summary>
public sealed record NgramContribution(string Ngram, double Contribution);

/// <summary>Names the n-grams that pushed a linear model toward a category, from the feature slot names.</summary>
internal sealed class ScoreExplainer
{
    private readonly string[] _slotNames;
    private readonly float[][] _weights;

    private ScoreExplainer(string[] slotNames, float[][] weights)
    {
        _slotNames = slotNames;
        _weights = weights;
    }

    /// <summary>True when the model is linear, so that contributions can be read off its weights.</summary>
    public bool CanExplain => _weights.Length > 0;

    /// <summary>The explainer for the model; one that explains nothing when the trainer is not linear (FastTree).</summary>
    public static ScoreExplainer For(TrainedModel model)
    {
        var linear = Flatten(model.Transformer)
            .OfType<IPredictionTransformer<object>>()
            .Select(t => t.Model)
            .OfType<LinearMulticlassModelParametersBase>()
            .FirstOrDefault();
        if (linear is null)
        {
            return new ScoreExplainer([], []);
        }
        VBuffer<float>[] weights = [];
        linear.GetWeights(ref weights, out _);
        return new ScoreExplainer(SlotNames(model), weights.Select(w => w.DenseValues().ToArray()).ToArray());
    }

    /// <summary>The <paramref name="top"/> n-grams with the largest positive contribution to <paramref name="category"/>.</summary>
    public IReadOnlyList<NgramContribution> Explain(in VBuffer<float> features, int category, int top)
    {
        if (!CanExplain || top <= 0)
        {
            return [];
        }
        var weights = _weights[category];
        var values = features.GetValues();
        var indices = features.GetIndices();
        var contributions = new List<NgramContribution>();
        for (var i = 0; i < values.Length; i++)
        {
            var slot = features.IsDense ? i : indices[i];
            var contribution = values[i] * weights[slot];
            if (contribution > 0)
            {
                contributions.Add(new NgramContribution(_slotNames[slot], contribution));
            }
        }
        return contributions.OrderByDescending(c => c.Contribution).Take(top).ToList();
    }

    private static IEnumerable<ITransformer> Flatten(ITransformer transformer) =>
        transformer is IEnumerable<ITransformer> chain ? chain.SelectMany(Flatten) : [transformer];

    private static string[] SlotNames(TrainedModel model)
    {
        var column = model.Transformer.GetOutputSchema(model.InputSchema)[Columns.Features];
        VBuffer<ReadOnlyMemory<char>> names = default;
        column.GetSlotNames(ref names);
        return names.DenseValues().Select(n => SlotNameFormatter.Format(n.ToString())).ToArray();
    }
}
