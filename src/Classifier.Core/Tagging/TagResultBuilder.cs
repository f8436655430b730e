using Classifier.Core.Learning.Bundles;
using Classifier.Core.Papers;
using Microsoft.ML.Data;

namespace Classifier.Core.Tagging;

/// <summary>Turns one paper's raw scores and features into a tag result: calibrated, ranked, thresholded, explained.</summary>
internal sealed class TagResultBuilder
{
    private readonly double _temperature;
    private readonly NoFitThreshold _threshold;
    private readonly Category[] _categories;
    private readonly ScoreExplainer _explainer;
    private readonly int _reasonCount;
    private readonly int _neighbourCount;
    private readonly NeighbourFinder? _neighbours;
    private readonly AlsoFitsMargin? _alsoFits;

    /// <summary>How many nearest labelled papers each result names.</summary>
    public const int NeighbourCount = 3;

    /// <param name="reasonCount">How many n-grams each result names (0: none are looked for).</param>
    /// <param name="neighbourCount">How many nearest labelled papers each result names (0: none are looked for).</param>
    public TagResultBuilder(ModelBundle bundle, int reasonCount, int neighbourCount = NeighbourCount)
    {
        _temperature = bundle.Metadata.Calibration.Temperature;
        _threshold = bundle.Metadata.Threshold;
        _categories = bundle.Model.Labels.Select(l => Taxonomy.FindLabel(l) ?? throw new ModelBundleException($"unknown category '{l}' in bundle")).ToArray();
        _neighbours = NeighbourFinder.For(bundle);
        _alsoFits = bundle.Metadata.AlsoFits;
        // Reading the weights needs ML.NET's model; without reasons the direct scorer may never load it.
        _explainer = reasonCount > 0 ? ScoreExplainer.For(bundle.Model) : ScoreExplainer.None;
        _reasonCount = reasonCount;
        _neighbourCount = neighbourCount;
    }

    /// <summary>The result for a paper from the model's probabilities, feature vector and embedding (all only read, never kept).</summary>
    public TagResult Build(Paper paper, float[] probabilities, in VBuffer<float> features, float[] embedding)
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
        var noneFits = ranked[0].Category == Taxonomy.OutOfScope || _threshold.Abstains(calibrated);
        return new TagResult(paper, ranked, noneFits, _explainer.ExplainDistinct(features, top, _reasonCount))
        {
            Neighbours = _neighbourCount > 0 ? _neighbours?.Nearest(paper, embedding, _neighbourCount) ?? [] : [],
            AlsoFits = noneFits ? null : AlsoFits(ranked),
        };
    }

    // The best category after the proposed one, out of scope left out, when the gap to it is within the calibrated margin.
    private CategoryScore? AlsoFits(CategoryScore[] ranked)
    {
        var second = ranked.Skip(1).FirstOrDefault(r => r.Category != Taxonomy.OutOfScope);
        return _alsoFits is { } margin && second is not null && margin.AlsoFits(ranked[0].Probability, second.Probability) ? second : null;
    }
}
