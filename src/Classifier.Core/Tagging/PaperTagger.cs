using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Classifier.Core.Learning;
using Classifier.Core.Learning.Bundles;
using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Papers;
using Microsoft.ML;

namespace Classifier.Core.Tagging;

/// <summary>Tags papers with ranked, temperature-calibrated categories, "no category fits" below the bundle's threshold, and reasons.</summary>
internal sealed class PaperTagger
{
    private readonly TrainedModel _model;
    private readonly TagResultBuilder _builder;
    private readonly bool _direct;

    /// <summary>The reasons a result names when they are asked for.</summary>
    public const int DefaultReasonCount = 5;

    /// <param name="reasonCount">N-grams named per result; 0 looks for none (an output that does not show them).</param>
    /// <param name="neighbourCount">Nearest labelled papers named per result; 0 looks for none.</param>
    public PaperTagger(ModelBundle bundle, int reasonCount = DefaultReasonCount, int neighbourCount = TagResultBuilder.NeighbourCount)
    {
        _model = bundle.Model;
        _builder = new TagResultBuilder(bundle, reasonCount, neighbourCount);
        // Reasons read ML.NET's feature vector and neighbours the embedding; without either, the direct scorer is enough.
        _direct = reasonCount == 0 && neighbourCount == 0 && _model.Direct is not null;
    }

    /// <summary>Loads the bundle in <paramref name="directory"/> for tagging; a semantic bundle's encoder session is built meanwhile on another thread.</summary>
    /// <param name="explain">Whether results name their reasons and nearest labelled papers; without, neither is computed.</param>
    public static PaperTagger Load(string directory, bool explain = true)
    {
        // A hint only (the bundle is read and checked whole below): starting the encoder's session now overlaps it with the load.
        if (ModelBundleStore.MayUseEncoder(directory))
        {
            MiniLmPreloader.Start(ModelBundleStore.EncoderWeightsHint(directory));
        }
        var bundle = ModelBundleStore.Load(directory);
        // The load leaves its garbage behind (every file's bytes, the tables as read): with no collection yet, the GC would
        // keep those pages and then add its gen0 budget on top as papers stream. Released here once, 50k titles through
        // the n-gram tables peaked at 90-94 MiB instead of 112-116 (docs/ngram2.md). Not for a bundle with the encoder:
        // its peak is the ONNX session's, and the collection would sit on its cold start (about 0.1 CPU-s for 9 MiB).
        if (bundle.Model.Embedder is null && bundle.Model.Gate is null)
        {
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
        return explain ? new PaperTagger(bundle) : new PaperTagger(bundle, reasonCount: 0, neighbourCount: 0);
    }

    /// <summary>Streams one result per paper in input order through one ML.NET cursor, in constant memory.</summary>
    /// <remarks>
    /// A cursor over Transform was 1.1 to 2.3 times as fast as one PredictionEngine per paper (TaggingBenchmarks): ML.NET
    /// splits the featurization across cores itself and hands the rows back in order.
    /// </remarks>
    public IEnumerable<TagResult> Tag(IEnumerable<Paper> papers) =>
        !_direct ? TagThroughCursor(papers)
        : _model.Embedder is null && _model.Gate is null ? TagDirectly(papers)
        : TagDirectlyInBatches(papers);

    private IEnumerable<TagResult> TagThroughCursor(IEnumerable<Paper> papers)
    {
        var outOfScope = new ConcurrentQueue<double>();
        var source = new PaperSource(_model.Gate is null ? papers : Gated(papers, outOfScope));
        var ml = _model.Ml;
        var width = _model.EmbeddingWidth;
        var scored = _model.Transformer.Transform(ml.Data.LoadFromEnumerable(source.Rows(_model), PaperRows.Schema(width)));
        using var rows = ml.Data.CreateEnumerable<ScoredRow>(scored, reuseRowObject: true, schemaDefinition: PaperRows.ScoredSchema(width)).GetEnumerator();
        while (MoveNext(rows, source))
        {
            var score = _model.Gate is null ? rows.Current.Score : TrainedModel.Combine(rows.Current.Score, outOfScope.TryDequeue(out var q) ? q : 0);
            yield return _builder.Build(source.Next(), score, rows.Current.Features, rows.Current.Embedding);
        }
        source.Failure?.Throw();
    }

    // One paper at a time through the direct scorer; a paper it refuses goes through a prediction engine made when first needed.
    private IEnumerable<TagResult> TagDirectly(IEnumerable<Paper> papers)
    {
        var direct = _model.Direct!;
        var scratch = direct.NewScratch();
        PredictionEngine<PaperRow, ScoredRow>? engine = null;
        try
        {
            foreach (var paper in papers)
            {
                var probabilities = direct.TryScore(paper, scratch) ?? (engine ??= _model.CreateEngine()).Predict(PaperRow.Unlabelled(paper)).Score;
                yield return _builder.Build(paper, probabilities, default, []);
            }
        }
        finally
        {
            engine?.Dispose();
        }
    }

    // A model that reads embeddings or has a gate, scored from its tables a batch at a time (the encoder's batches); a paper
    // the category scorer refuses goes through a prediction engine made when first needed (the gate sees to its own).
    private IEnumerable<TagResult> TagDirectlyInBatches(IEnumerable<Paper> papers)
    {
        var direct = _model.Direct!;
        var scratch = direct.NewScratch();
        PredictionEngine<PaperRow, ScoredRow>? engine = null;
        try
        {
            foreach (var batch in Batches(papers))
            {
                // The gate's titles first, as through the cursor: the recipe's title vectors are then the encoder's recent texts.
                var outOfScope = _model.Gate?.Probabilities(batch);
                var embeddings = _model.Embedder?.Embed(batch);
                for (var i = 0; i < batch.Count; i++)
                {
                    var embedding = embeddings?[i];
                    var scores = direct.TryScore(batch[i], embedding ?? [], scratch)
                        ?? (engine ??= _model.CreateEngine()).Predict(PaperRow.Unlabelled(batch[i], embedding)).Score;
                    yield return _builder.Build(batch[i], outOfScope is null ? scores : TrainedModel.Combine(scores, outOfScope[i]), default, embedding ?? []);
                }
            }
        }
        finally
        {
            engine?.Dispose();
        }
    }

    // The gate scores the papers a batch at a time as the cursor reads them, so its p(out of scope) is queued before the row
    // of the same paper comes back.
    private IEnumerable<Paper> Gated(IEnumerable<Paper> papers, ConcurrentQueue<double> outOfScope)
    {
        foreach (var batch in Batches(papers))
        {
            foreach (var q in _model.Gate!.Probabilities(batch))
            {
                outOfScope.Enqueue(q);
            }
            foreach (var paper in batch)
            {
                yield return paper;
            }
        }
    }

    // The papers a batch at a time; a failure while reading still hands over the papers read before it, then is thrown.
    private static IEnumerable<List<Paper>> Batches(IEnumerable<Paper> papers)
    {
        using var enumerator = papers.GetEnumerator();
        while (true)
        {
            var batch = new List<Paper>(PaperRows.BatchSize);
            ExceptionDispatchInfo? failure = null;
            try
            {
                while (batch.Count < PaperRows.BatchSize && enumerator.MoveNext())
                {
                    batch.Add(enumerator.Current);
                }
            }
            catch (Exception exception)
            {
                failure = ExceptionDispatchInfo.Capture(exception);
            }
            if (batch.Count > 0)
            {
                yield return batch;
            }
            failure?.Throw();
            if (batch.Count < PaperRows.BatchSize)
            {
                yield break;
            }
        }
    }

    // ML.NET wraps a failure of the input (a bad line, say) in its own exception; the caller should see the original.
    private static bool MoveNext(IEnumerator<ScoredRow> rows, PaperSource source)
    {
        try
        {
            return rows.MoveNext();
        }
        catch (Exception) when (source.Failure is not null)
        {
            source.Failure.Throw();
            throw;
        }
    }
}
