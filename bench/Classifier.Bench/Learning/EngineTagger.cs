using Classifier.Core.Learning;
using Classifier.Core.Learning.Bundles;
using Classifier.Core.Papers;
using Classifier.Core.Tagging;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Classifier.Bench.Learning;

/// <summary>The tagger as it was before the cursor path: one PredictionEngine per paper, LINQ ranking, reasons by sorting every contribution.</summary>
internal sealed class EngineTagger
{
    private readonly TrainedModel _model;
    private readonly double _temperature;
    private readonly double _threshold;
    private readonly Category[] _categories;
    private readonly string[] _slotNames;
    private readonly float[][] _weights;
    private readonly int _reasonCount;

    public EngineTagger(ModelBundle bundle, int reasonCount)
    {
        _model = bundle.Model;
        _temperature = bundle.Metadata.Calibration.Temperature;
        _threshold = bundle.Metadata.Threshold.Value;
        _categories = bundle.Model.Labels.Select(l => Taxonomy.Find(l)!).ToArray();
        _reasonCount = reasonCount;
        var linear = ((IEnumerable<ITransformer>)_model.Transformer).OfType<IPredictionTransformer<object>>().Select(t => t.Model).OfType<LinearMulticlassModelParametersBase>().Single();
        VBuffer<float>[] weights = [];
        linear.GetWeights(ref weights, out _);
        _weights = weights.Select(w => w.DenseValues().ToArray()).ToArray();
        VBuffer<ReadOnlyMemory<char>> names = default;
        _model.Transformer.GetOutputSchema(_model.InputSchema)[Columns.Features].GetSlotNames(ref names);
        _slotNames = names.DenseValues().Select(n => SlotNameFormatter.Format(n.ToString())).ToArray();
    }

    public IEnumerable<TagResult> Tag(IEnumerable<Paper> papers)
    {
        using var engine = _model.CreateEngine();
        foreach (var paper in papers)
        {
            var output = engine.Predict(PaperRow.Unlabelled(paper));
            var calibrated = TemperatureScaling.Apply(output.Score, _temperature);
            var ranked = calibrated.Select((p, k) => new CategoryScore(_categories[k], p)).OrderByDescending(s => s.Probability).ThenBy(s => s.Category.Number).ToList();
            var top = Array.IndexOf(_categories, ranked[0].Category);
            yield return new TagResult(paper, ranked, ranked[0].Probability < _threshold, Explain(output.Features, top));
        }
    }

    private List<NgramContribution> Explain(in VBuffer<float> features, int category)
    {
        if (_reasonCount <= 0)
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
        return contributions.OrderByDescending(c => c.Contribution).Take(_reasonCount).ToList();
    }
}
