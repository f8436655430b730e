using Classifier.Core.Learning;
using Classifier.Core.Papers;

namespace Classifier.Core.Tagging;

/// <summary>Tags papers with ranked, temperature-calibrated categories, "no category fits" below the bundle's threshold, and reasons.</summary>
internal sealed class PaperTagger
{
    private readonly TrainedModel _model;
    private readonly double _temperature;
    private readonly double _threshold;
    private readonly Category[] _categories;
    private readonly ScoreExplainer _explainer;
    private readonly int _reasonCount;

    public PaperTagger(ModelBundle bundle, int reasonCount = 5)
    {
        _model = bundle.Model;
        _temperature = bundle.Metadata.Calibration.Temperature;
        _threshold = bundle.Metadata.Threshold.Value;
        _categories = bundle.Model.Labels.Select(l => Taxonomy.Find(l) ?? throw new ModelBundleException($"unknown category '{l}' in bundle")).ToArray();
        _explainer = ScoreExplainer.For(bundle.Model);
        _reasonCount = reasonCount;
    }

    /// <summary>Streams one result per paper; each call uses its own prediction engine, so calls may run on different threads.</summary>
    public IEnumerable<TagResult> Tag(IEnumerable<Paper> papers)
    {
        using var engine = _model.CreateEngine();
        var output = new ScoredRow();
        foreach (var paper in papers)
        {
            engine.Predict(PaperRow.Unlabelled(paper), ref output);
            yield return Result(paper, output);
        }
    }

    private TagResult Result(Paper paper, ScoredRow output)
    {
        var calibrated = TemperatureScaling.Apply(output.Score, _temperature);
        var ranked = calibrated.Select((p, k) => new CategoryScore(_categories[k], p))
            .OrderByDescending(s => s.Probability)
            .ThenBy(s => s.Category.Number)
            .ToList();
        var top = Array.IndexOf(_categories, ranked[0].Category);
        return new TagResult(paper, ranked, ranked[0].Probability < _threshold, _explainer.Explain(output.Features, top, _reasonCount));
    }
}
