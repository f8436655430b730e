using Classifier.Core.Learning;
using Classifier.Core.Papers;
using Microsoft.ML;

namespace Classifier.Core.Tagging;

/// <summary>Tags papers with ranked, temperature-calibrated categories, "no category fits" below the bundle's threshold, and reasons.</summary>
internal sealed class PaperTagger
{
    private const int ChunkSize = 512;
    private readonly TrainedModel _model;
    private readonly double _temperature;
    private readonly double _threshold;
    private readonly Category[] _categories;
    private readonly ScoreExplainer _explainer;
    private readonly int _reasonCount;
    private readonly int _parallelism;

    /// <param name="parallelism">Threads that score each chunk of papers; results keep the input order either way.</param>
    public PaperTagger(ModelBundle bundle, int reasonCount = 5, int? parallelism = null)
    {
        _parallelism = Math.Max(1, parallelism ?? Environment.ProcessorCount);
        _model = bundle.Model;
        _temperature = bundle.Metadata.Calibration.Temperature;
        _threshold = bundle.Metadata.Threshold.Value;
        _categories = bundle.Model.Labels.Select(l => Taxonomy.Find(l) ?? throw new ModelBundleException($"unknown category '{l}' in bundle")).ToArray();
        _explainer = ScoreExplainer.For(bundle.Model);
        _reasonCount = reasonCount;
    }

    /// <summary>Streams one result per paper in input order, scoring chunks of papers on several threads (one engine each).</summary>
    public IEnumerable<TagResult> Tag(IEnumerable<Paper> papers)
    {
        // A PredictionEngine is not thread-safe, so each thread gets its own.
        using var engines = new ThreadLocal<PredictionEngine<PaperRow, ScoredRow>>(_model.CreateEngine, trackAllValues: true);
        try
        {
            var options = new ParallelOptions { MaxDegreeOfParallelism = _parallelism };
            foreach (var chunk in papers.Chunk(ChunkSize))
            {
                var results = new TagResult[chunk.Length];
                Parallel.For(0, chunk.Length, options, i => results[i] = Result(chunk[i], engines.Value!.Predict(PaperRow.Unlabelled(chunk[i]))));
                foreach (var result in results)
                {
                    yield return result;
                }
            }
        }
        finally
        {
            foreach (var engine in engines.Values)
            {
                engine.Dispose();
            }
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
