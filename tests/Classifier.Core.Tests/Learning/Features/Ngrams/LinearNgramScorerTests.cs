using System.Security.Cryptography;
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

        // Typographic quotes, dashes and accents included: every paper of data/ is scored directly.
        Assert.Contains(papers, p => !IsPrintableAscii(p.Title + p.Summary));
        Assert.Equal(papers.Count, scored);
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

        var texts = Enumerable.Range(0, 600).Select(_ => RandomText(random, words)).Concat(
            ["", " ", "  a  b  ", "|", "a|b c||d", "Ünïcode ﬁ ✓", "tab\there", "line\nbreak", "\u0301", "e\u0301\u0308 ", "ΆΈΉ Ёё", "İstanbul ǅ ß", "\uD801\uDC00 \uD83D\uDE00", "nul\0byte", "\uFFFF"]).ToList();
        var scratch = scorer.NewScratch();
        var scored = texts.Count(t => Compare(scorer, scratch, engine, new Paper { Title = t, Summary = RandomText(random, words) }));

        // Only a text with U+0000 or U+FFFF (a few of the random ones, two of the fixed) goes through ML.NET.
        Assert.InRange(scored, texts.Count - 30, texts.Count - 2);
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
            Assert.True(HasUnkeyableCharacter(paper.Title + paper.Summary), $"refused '{paper.Title}'");
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
        return LinearNgramScorer.Create(NgramTablesFile.Read("ngram-tables.bin", bytes, SHA256.HashData(zip), model.Labels)) ?? throw new InvalidOperationException("no direct scorer for an n-gram model");
    }

    internal static byte[] Save(TrainedModel model)
    {
        using var stream = new MemoryStream();
        model.Ml.Model.Save(model.Transformer, model.InputSchema, stream);
        return stream.ToArray();
    }

    private static bool IsPrintableAscii(string text) => text.All(c => c is >= ' ' and <= '~');

    private static bool HasUnkeyableCharacter(string text) => text.Contains('\0') || text.Contains('\uFFFF');

    // Known words, random ASCII, runs of spaces, upper case, pipes, accented and combining characters from ML.NET's tables,
    // any UTF-16 unit now and then (lone surrogates, U+0000 and U+FFFF included).
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
                8 => random.Next(3) switch
                {
                    0 => ((char)random.Next(0xA0, 0x3000)).ToString(),
                    1 => ((char)random.Next(0xC0, 0x500)).ToString() + (char)random.Next(0x300, 0x371),
                    _ => random.Next(20) == 0 ? ((char)random.Next(0, 0x10000)).ToString() : "\u2014",
                },
                _ => " ",
            });
            text.Append(' ', random.Next(0, 3));
        }
        return text.ToString();
    }
}
