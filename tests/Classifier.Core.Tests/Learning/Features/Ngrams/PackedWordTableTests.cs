using Classifier.Core.Learning.Features.Ngrams;

namespace Classifier.Core.Tests.Learning.Features.Ngrams;

public sealed class PackedWordTableTests
{
    // Short and long, ASCII and not: "segmenting" and "αλφα" (not ASCII; the normaliser keeps it) go through the terms dictionary, the rest are packed.
    private static readonly string[] s_terms = ["a", "deep", "nets", "segmentr", "segmenter", "segmenting", "αλφα", "ab"];

    [Theory]
    [InlineData("deep nets")]
    [InlineData("a deep segmenter segmenting deep nets")]
    [InlineData("uegmenting segmentin segmenters αλφα a ab αλφα αλφ")]
    [InlineData("unknown deep deep nets nets a")]
    [InlineData("")]
    public void Featurize_FindsEveryWordsUnigramAndBigramSlots_AsTheTermsDictionaryDoes(string text)
    {
        var (featurizer, rows, words, charWidth) = Column();
        var features = new SparseAccumulator(featurizer.Width);

        Assert.True(featurizer.TryFeaturize(text, 0, features, rows));

        var found = Enumerable.Range(0, features.Count).Select(features.SlotAt).Where(s => s >= charWidth).Select(s => s - charWidth);
        Assert.Equal(Expected(text, words), found);
    }

    [Fact]
    public void Pack_OfWordsTooLongOrNotAscii_GivesNone_AndOfDifferentWordsDifferentKeys()
    {
        string[] packable = ["a", "\u0001a", "aa", "segmenter", "segmentes", "zzzzzzzzz"];

        var keys = packable.Select(w => PackedWordTable.Pack(w)).ToArray();

        Assert.DoesNotContain(0UL, keys);
        Assert.Equal(keys.Length, keys.Distinct().Count());
        Assert.Equal(0UL, PackedWordTable.Pack("segmenting"));
        Assert.Equal(0UL, PackedWordTable.Pack("sëgmenter"));
        Assert.Equal(0UL, PackedWordTable.Pack(""));
    }

    // The word slots as a dictionary from each term to its key finds them: unigrams, then each bigram of two known words,
    // in first-occurrence order.
    private static List<int> Expected(string text, uint[][] words)
    {
        var slots = new List<int>();
        uint previous = 0;
        foreach (var token in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var key = (uint)(Array.IndexOf(s_terms, token) + 1);
            var unigram = Array.FindIndex(words, w => w.Length == 1 && w[0] == key);
            var bigram = Array.FindIndex(words, w => w.Length == 2 && w[0] == previous && w[1] == key);
            slots.AddRange(new[] { key != 0 ? unigram : -1, key != 0 && previous != 0 ? bigram : -1 }.Where(s => s >= 0 && !slots.Contains(s)));
            previous = key;
        }
        return slots;
    }

    // Each term is a unigram (key = its index + 1), and every pair of terms a bigram; the characters are the text's unigrams alone.
    private static (NgramTextFeaturizer Featurizer, NgramRows Rows, uint[][] Words, int CharWidth) Column()
    {
        var unigrams = s_terms.Select((_, k) => new[] { (uint)k + 1 });
        var bigrams = from a in Enumerable.Range(1, s_terms.Length) from b in Enumerable.Range(1, s_terms.Length) select new[] { (uint)a, (uint)b };
        var words = unigrams.Concat(bigrams).ToArray();
        string?[] names = [.. s_terms, .. bigrams.Select(_ => (string?)null)];
        var chars = "abcdefghijklmnopqrstuvwxyz \u0002\u0003".Select(c => new[] { (uint)c }).ToArray();
        var featurizer = NgramTextFeaturizer.Create(new NgramPool(2, words, [.. words.Select(_ => 1.0)]), new NgramPool(1, chars, [.. chars.Select(_ => 1.0)]), names)!;
        var width = chars.Length + words.Length;
        var rows = new NgramRows([.. Enumerable.Repeat(1.0, width)], new float[width], 1);
        return (featurizer, rows, words, chars.Length);
    }
}
