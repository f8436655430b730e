using Classifier.Core.Learning.Features.Ngrams;
using Classifier.Core.Learning.Gate;
using Classifier.Core.Papers;
using Microsoft.ML.Data;

namespace Classifier.Core.Learning.Bundles;

/// <summary>Reads the direct scorers' tables out of a trained model that reads embeddings or has a gate, and checks them against ML.NET on probe rows.</summary>
internal static class SemanticTablesExtractor
{
    // Float sums in another order than ML.NET's; SemanticTablesBundleTests holds every data/ paper to the same bound.
    private const double Tolerance = 1e-5;

    /// <summary>
    /// The tables of a model whose category half is n-grams (and the embedding) into one maximum-entropy trainer and whose
    /// gate, if any, is a calibrated linear learner on title n-grams and the title embedding; null for any other model, or
    /// when the tables do not score a few probe rows as ML.NET does.
    /// </summary>
    public static SemanticTables? TryExtract(TrainedModel model, byte[] modelZip, byte[]? gateZip)
    {
        var output = model.Transformer.GetOutputSchema(model.InputSchema);
        var text = NgramTablesExtractor.TextColumns(output);
        var embedding = output.GetColumnOrNull(Columns.EmbeddingFeatures) is not null ? Columns.EmbeddingFeatures : null;
        if ((embedding is null && model.Gate is null) || (model.Gate is not null && gateZip is null)
            || NgramTablesExtractor.TryExtract(model.Transformer, model.InputSchema, modelZip, text, embedding) is not { } categories
            || LinearNgramScorer.Create(categories) is not { } scorer)
        {
            return null;
        }
        GateTables? gateTables = null;
        if (model.Gate is { } gate)
        {
            if (NgramTablesExtractor.TryExtract(gate.Transformer, gate.InputSchema, gateZip!, [GateLearner.TitleFeatures], GateLearner.EmbeddingFeatures) is not { } learner
                || NgramTablesExtractor.Calibrator(gate.Transformer) is not { } calibrator)
            {
                return null;
            }
            gateTables = new GateTables(learner, calibrator.Slope, calibrator.Offset);
            if (GateScorer.Create(gateTables) is not { } gateScorer || !GateAgrees(gate, gateScorer, Probes(learner)))
            {
                return null;
            }
        }
        return CategoriesAgree(model, scorer, Probes(categories)) ? new SemanticTables(categories, gateTables) : null;
    }

    // Texts of the model's own words (so word weights count as well as characters' ones), an empty one and a non-ASCII one.
    private static List<string> Probes(NgramTables tables)
    {
        var words = tables.Title.WordTerms.Where(t => t is not null).Take(40).ToList();
        return [string.Join(' ', words.Take(8)), string.Join(' ', words.Skip(8).Take(12)), string.Join(' ', words.Skip(20)), "", "Caf\u00e9 sc\u00e8nes \u2014 \u201cvision\u201d"];
    }

    // A seeded unit vector per probe: any vector will do to check the embedding's scaling and its place in the features.
    private static float[] Vector(int width, int seed)
    {
        var random = new Random(seed);
        var vector = Enumerable.Range(0, width).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        return [.. vector.Select(v => v / norm)];
    }

    private static bool CategoriesAgree(TrainedModel model, LinearNgramScorer scorer, List<string> probes)
    {
        using var engine = model.CreateEngine();
        var scratch = scorer.NewScratch();
        for (var i = 0; i < probes.Count; i++)
        {
            var paper = new Paper { Title = probes[i], Summary = probes[(i + 1) % probes.Count] };
            var embedding = scorer.EmbeddingWidth > 0 ? Vector(scorer.EmbeddingWidth, i) : null;
            var expected = engine.Predict(PaperRow.Unlabelled(paper, embedding)).Score;
            if (scorer.TryScore(paper, embedding ?? [], scratch) is not { } actual || !Close(expected, actual))
            {
                return false;
            }
        }
        return true;
    }

    private static bool GateAgrees(OutOfScopeGate gate, GateScorer scorer, List<string> probes)
    {
        var rows = probes.Select((p, i) => new GateRow { Title = p, TitleEmbedding = Vector(scorer.EmbeddingWidth, 100 + i) }).ToList();
        var expected = gate.Transformer.Transform(gate.Ml.Data.LoadFromEnumerable(rows)).GetColumn<float>(nameof(GateOutput.Probability)).ToArray();
        var scratch = scorer.NewScratch();
        return rows.Select((r, i) => scorer.TryProbability(r.Title, r.TitleEmbedding, scratch) is { } p && Math.Abs(p - expected[i]) <= Tolerance).All(ok => ok);
    }

    private static bool Close(float[] expected, float[] actual) =>
        expected.Length == actual.Length && expected.Zip(actual).All(p => Math.Abs(p.First - p.Second) <= Tolerance);
}
