using Classifier.Core.Learning;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Classifier.Core.Tagging;

/// <summary>One n-gram's push toward a category: its feature value times the category's weight.</summary>
public sealed record NgramContribution(string Ngram, double Contribution)
{
    /// <summary>The n-gram's field and plain text, read off its slot name, so overlaps are found without parsing <see cref="Ngram"/>.</summary>
    internal (string Field, string Text) OverlapKey { get; init; }
}

/// <summary>Names the n-grams that pushed a linear model toward a category, from the feature slot names.</summary>
internal sealed class ScoreExplainer
{
    private readonly ReadOnlyMemory<char>[] _slotNames;
    private readonly string?[] _readableNames;
    private readonly (string Field, string Text)?[] _overlapKeys;
    private readonly float[][] _weights;
    private readonly bool?[] _explains;

    private ScoreExplainer(ReadOnlyMemory<char>[] slotNames, float[][] weights)
    {
        _slotNames = slotNames;
        _explains = new bool?[slotNames.Length];
        _readableNames = new string?[slotNames.Length];
        _overlapKeys = new (string, string)?[slotNames.Length];
        _weights = weights;
    }

    /// <summary>The explainer that names no reasons.</summary>
    public static ScoreExplainer None { get; } = new([], []);

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
            return None;
        }
        VBuffer<float>[] weights = [];
        linear.GetWeights(ref weights, out _);
        return new ScoreExplainer(SlotNames(model), weights.Select(w => w.DenseValues().ToArray()).ToArray());
    }

    /// <summary>The <paramref name="top"/> n-grams with the largest positive contribution to <paramref name="category"/>.</summary>
    /// <remarks>Walks only the stored (non-zero) features and keeps the best few in order, so a paper costs no sort and no dense array.</remarks>
    public IReadOnlyList<NgramContribution> Explain(in VBuffer<float> features, int category, int top)
    {
        // A gated model has no weights for out of scope (the gate decides it), so that outcome is not explained by n-grams.
        if (!CanExplain || top <= 0 || category >= _weights.Length)
        {
            return [];
        }
        var weights = _weights[category];
        var values = features.GetValues();
        var indices = features.GetIndices();
        var best = new (float Contribution, int Slot)[Math.Min(top, values.Length)];
        var count = 0;
        for (var i = 0; i < values.Length; i++)
        {
            var slot = features.IsDense ? i : indices[i];
            if (!Explains(slot))
            {
                continue;
            }
            var contribution = values[i] * weights[slot];
            if (contribution > 0 && (count < best.Length || contribution > best[count - 1].Contribution))
            {
                count = Insert(best, count, contribution, slot);
            }
        }
        var reasons = new NgramContribution[count];
        for (var k = 0; k < count; k++)
        {
            reasons[k] = new NgramContribution(ReadableName(best[k].Slot), best[k].Contribution) { OverlapKey = OverlapKey(best[k].Slot) };
        }
        return reasons;
    }

    /// <summary>The <paramref name="top"/> strongest n-grams that do not repeat one another (see <see cref="DistinctReasons"/>).</summary>
    public IReadOnlyList<NgramContribution> ExplainDistinct(in VBuffer<float> features, int category, int top) =>
        DistinctReasons.Pick(Explain(features, category, top * CandidatesPerReason), top);

    // Enough candidates that overlapping character n-grams of one or two words rarely leave fewer than top reasons.
    private const int CandidatesPerReason = 4;

    // Keeps best[0..count) sorted by descending contribution; equal contributions stay in feature order, as a stable sort would.
    private static int Insert((float Contribution, int Slot)[] best, int count, float contribution, int slot)
    {
        var position = Math.Min(count, best.Length - 1);
        while (position > 0 && best[position - 1].Contribution < contribution)
        {
            best[position] = best[position - 1];
            position--;
        }
        best[position] = (contribution, slot);
        return Math.Min(count + 1, best.Length);
    }

    private static IEnumerable<ITransformer> Flatten(ITransformer transformer) =>
        transformer is IEnumerable<ITransformer> chain ? chain.SelectMany(Flatten) : [transformer];

    // Formatting every slot name (tens of thousands) cost more than building the rest of a tagger, and few are ever shown.
    private string ReadableName(int slot) => _readableNames[slot] ??= SlotNameFormatter.Format(_slotNames[slot].ToString());

    private bool Explains(int slot) => _explains[slot] ??= SlotNameFormatter.IsReason(_slotNames[slot].ToString());

    private (string Field, string Text) OverlapKey(int slot) => _overlapKeys[slot] ??= SlotNameFormatter.Key(_slotNames[slot].ToString());

    private static ReadOnlyMemory<char>[] SlotNames(TrainedModel model)
    {
        var column = model.Transformer.GetOutputSchema(model.InputSchema)[Columns.Features];
        if (!column.HasSlotNames())
        {
            // The embedding alone has no slot names; every slot then stays unnamed and unexplained.
            return new ReadOnlyMemory<char>[((VectorDataViewType)column.Type).Size];
        }
        VBuffer<ReadOnlyMemory<char>> names = default;
        column.GetSlotNames(ref names);
        return names.DenseValues().ToArray();
    }
}
