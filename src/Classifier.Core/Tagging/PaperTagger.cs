using System.Collections.Concurrent;
using Classifier.Core.Learning;
using Classifier.Core.Papers;

namespace Classifier.Core.Tagging;

/// <summary>Tags papers with ranked, temperature-calibrated categories, "no category fits" below the bundle's threshold, and reasons.</summary>
internal sealed class PaperTagger
{
    private readonly TrainedModel _model;
    private readonly TagResultBuilder _builder;

    public PaperTagger(ModelBundle bundle, int reasonCount = 5)
    {
        _model = bundle.Model;
        _builder = new TagResultBuilder(bundle, reasonCount);
    }

    /// <summary>Streams one result per paper in input order through one ML.NET cursor, in constant memory.</summary>
    /// <remarks>
    /// A cursor over Transform was about twice as fast as one PredictionEngine per paper (TaggingBenchmarks): ML.NET
    /// splits the featurization across cores itself and hands the rows back in order.
    /// </remarks>
    public IEnumerable<TagResult> Tag(IEnumerable<Paper> papers)
    {
        // The cursor reads papers ahead of the rows it returns (on its own threads), so each paper waits here for its row.
        var pending = new ConcurrentQueue<Paper>();
        var rows = papers.Select(paper =>
        {
            pending.Enqueue(paper);
            return PaperRow.Unlabelled(paper);
        });
        var ml = _model.Ml;
        var scored = _model.Transformer.Transform(ml.Data.LoadFromEnumerable(rows));
        foreach (var row in ml.Data.CreateEnumerable<ScoredRow>(scored, reuseRowObject: true))
        {
            if (!pending.TryDequeue(out var paper))
            {
                throw new InvalidOperationException("the scoring cursor returned more rows than papers");
            }
            yield return _builder.Build(paper, row.Score, row.Features);
        }
    }
}
