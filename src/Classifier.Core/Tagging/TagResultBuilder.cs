using Classifier.Core.Learning;
using Classifier.Core.Papers;
using Microsoft.ML.Data;

namespace Classifier.Core.Tagging;

/// <summary>Turns one paper's raw scores and features into a tag result: calibrated, ranked, thresholded, explained.</summary>
internal sealed class TagResultBuilder
{
    private readonly double _temperature;
    private readonly double _threshold;
    private readonly Category[] _categories;
    private readonly ScoreExplainer _explainer;
    private readonly int _reasonCount;

    public TagResultBuilder(ModelBundle bundle, int reasonCount)
    {
        _temperature = bundle.Metadata.Calibration.Temperature;
        _threshold = bundle.Metadata.Threshold.Value;
        _categories = bundle.Model.Labels.Select(l => Taxonomy.Find(l) ?? throw new ModelBundleException($"unknown category '{l}' in bundle")).ToArray();
        _explainer = ScoreExplainer.For(bundle.Model);
        _reasonCount = reasonCount;
    }

    /// <summary>The result for a paper from the model's probabilities and feature vector (both only read, never kept).</summary>
    public TagResult Build(Paper paper, float[] probabilities, in VBuffer<float> features)
    {
        var calibrated = TemperatureScaling.Apply(probabilities, _temperature);
        var ranked = new CategoryScore[calibrated.Length];
        for (var k = 0; k < ranked.Length; k++)
        {
            ranked[k] = new CategoryScore(_categories[k], calibrated[k]);
        }
        // Highest probability first; ties by category number, as the ranking has always been.
        Array.Sort(ranked, static (a, b) => a.Probability != b.Probability ? b.Probability.CompareTo(a.Probability) : a.Category.Number.CompareTo(b.Category.Number));
        var top = Array.IndexOf(_categories, ranked[0].Category);
        return new TagResult(paper, ranked, ranked[0].Probability < _threshold, _explainer.ExplainDistinct(features, top, _reasonCount));
    }
}
