using System.Text;
using Classifier.Core.Learning;
using Classifier.Core.Learning.Features.Ngrams;
using Classifier.Core.Papers;
using Classifier.Core.Tests.Support;

namespace Classifier.Core.Tests.Learning.Features.Ngrams;

public sealed class LinearNgramScorerTests(DataModelsFixture fixture) : IClassFixture<DataModelsFixture>
{
    // Float sums in another order than ML.NET's SIMD dot products: measured differences are below 1e-6.
    private const float Tolerance = 1e-5f;

    public static TheoryData<string> Models => ["lbfgs title+summary", "sdca title"];

    [Theory]
    [MemberData(nameof(Models))]
    public void TryScore_OnEveryPaperOfData_GivesMlNetsProbabilities(string name)
    {
        var model = fixture.Models[name];
        var scorer = Scorer(model);
        using var engine = model.CreateEngine();
        var papers = fixture.Papers.SelectMany(p => new[] { p, new Paper { Title = p.Title } }).ToList();

        var scratch = scorer.NewScratch();

        var scored = papers.Count(p => Compare(scorer, scratch, engine, p));

        // Texts the model reads with typographic quotes, dashes or accents go through ML.NET; the rest must not.
        var readsSummary = model.Transformer.GetOutputSchema(model.InputSchema).GetColumnOrNull(Columns.SummaryFeatures) is not null;
        Assert.Equal(papers.Count(p => IsPrintableAscii(p.Title) && (!readsSummary || IsPrintableAscii(p.Summary))), scored);
        Assert.True(scored > papers.Count / 2, $"{scored} of {papers.Count} scored directly");
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void TryScore_OnSeededRandomTexts_GivesMlNetsProbabilitiesOrRefuses(string name)
    {
        var model = fixture.Models[name];
        var scorer = Scorer(model);
        using var engine = model.CreateEngine();
        var words = fixture.Papers.SelectMany(p => p.Title.Split(' ')).Distinct().ToArray();
        var random = new Random(15);

        var texts = Enumerable.Range(0, 400).Select(_ => RandomText(random, words)).Concat(["", " ", "  a  b  ", "|", "a|b c||d", "Ünïcode ﬁ ✓", "tab\there", "line\nbreak"]).ToList();
        var scratch = scorer.NewScratch();
        var scored = texts.Count(t => Compare(scorer, scratch, engine, new Paper { Title = t, Summary = RandomText(random, words) }));

        Assert.InRange(scored, texts.Count / 3, texts.Count - 4);
    }

    [Fact]
    public void TryCreate_ForAModelThatReadsEmbeddings_GivesNone()
    {
        var papers = fixture.Papers.Take(40).ToList();
        var model = ModelTrainer.Train(papers, FastOptions.Lbfgs with { Features = Classifier.Core.Learning.Features.FeatureSet.Embedding }, embedder: new HashingEmbedder());

        Assert.Null(LinearNgramScorer.TryCreate(model.Transformer, model.InputSchema, Save(model)));
    }

    // Whether the scorer took the paper; when it did, its probabilities are ML.NET's.
    private static bool Compare(LinearNgramScorer scorer, SparseAccumulator scratch, Microsoft.ML.PredictionEngine<PaperRow, ScoredRow> engine, Paper paper)
    {
        var actual = scorer.TryScore(paper, scratch);
        if (actual is null)
        {
            Assert.False(IsPrintableAscii(paper.Title) && IsPrintableAscii(paper.Summary), $"refused '{paper.Title}'");
            return false;
        }
        var expected = engine.Predict(PaperRow.Unlabelled(paper)).Score;
        Assert.Equal(expected.Length, actual.Length);
        Assert.Equal(Array.IndexOf(expected, expected.Max()), Array.IndexOf(actual, actual.Max()));
        for (var k = 0; k < expected.Length; k++)
        {
            Assert.True(Math.Abs(expected[k] - actual[k]) <= Tolerance, $"'{paper.Title}': slot {k}: {expected[k]} against {actual[k]}");
        }
        return true;
    }

    // The scorer as tag builds it from a bundle: the tables read from the model, written to ngram-tables.bin's bytes and read back.
    internal static LinearNgramScorer Scorer(TrainedModel model)
    {
        var (tables, zip) = NgramTablesFileTests.Tables(model);
        var bytes = NgramTablesFile.Write(tables, model.Labels, zip);
        return LinearNgramScorer.Create(NgramTablesFile.Read("ngram-tables.bin", bytes, zip, model.Labels)) ?? throw new InvalidOperationException("no direct scorer for an n-gram model");
    }

    internal static byte[] Save(TrainedModel model)
    {
        using var stream = new MemoryStream();
        model.Ml.Model.Save(model.Transformer, model.InputSchema, stream);
        return stream.ToArray();
    }

    private static bool IsPrintableAscii(string text) => text.All(c => c is >= ' ' and <= '~');

    // Known words, random ASCII, runs of spaces, upper case, pipes and now and then a character beyond ASCII.
    private static string RandomText(Random random, string[] words)
    {
        var text = new StringBuilder();
        var parts = random.Next(0, 12);
        for (var i = 0; i < parts; i++)
        {
            var kind = random.Next(10);
            text.Append(kind switch
            {
                < 5 => words[random.Next(words.Length)],
                5 => words[random.Next(words.Length)].ToUpperInvariant(),
                6 => new string((char)random.Next(0x21, 0x7F), random.Next(1, 4)),
                7 => "|",
                8 => random.Next(4) == 0 ? ((char)random.Next(0xA0, 0x3000)).ToString() : "-",
                _ => " ",
            });
            text.Append(' ', random.Next(0, 3));
        }
        return text.ToString();
    }
}
