using System.Numerics;
using Classifier.Core.Learning.Features.Ngrams;
using Classifier.Core.Papers;

namespace Classifier.Core.Tests.Learning.Features.Ngrams;

public sealed class NgramRowsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    [InlineData(15)]
    public void Rows_ReadBackEverySlotsIdfAndWeights_InWholeVectors(int classes)
    {
        var random = new Random(3);
        var idf = Enumerable.Range(0, 50).Select(_ => random.NextDouble() * 7).ToArray();
        var weights = Enumerable.Range(0, 50 * classes).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();

        var rows = new NgramRows(idf, weights, classes);

        Assert.Equal(0, rows.Stride % Vector<float>.Count);
        for (var slot = 0; slot < idf.Length; slot++)
        {
            Assert.Equal(idf[slot], rows.Idf(slot));
            Assert.Equal(weights.AsSpan(slot * classes, classes).ToArray(), rows.Weights(slot).ToArray());
            Assert.Equal(rows.Weights(slot).ToArray(), rows.Row(slot)[..classes].ToArray());
        }
    }

    [Theory]
    [InlineData("deep learning for deep nets")]
    [InlineData("Learning Deep")]
    [InlineData("")]
    public void RawScores_WithMoreClassesThanTheRegistersHold_SumEachClassAsAModelWithFewer(string title)
    {
        // 16 classes take the loop through memory, 10 the sums held in registers; each class's sum must be the same bits.
        var wide = LinearNgramScorer.Create(Tables(classes: 16))!;
        var narrow = LinearNgramScorer.Create(Tables(classes: 10))!;
        var paper = new Paper { Title = title };

        var wideScores = wide.TryRawScores(paper, [], wide.NewScratch())!;
        var narrowScores = narrow.TryRawScores(paper, [], narrow.NewScratch())!;

        Assert.Equal(wideScores[..10], narrowScores);
    }

    // A title column of "deep", "learning" and their bigram, character 1- to 3-grams of "deep learning" between the
    // markers; every slot's weights for class c the same whatever the number of classes.
    private static NgramTables Tables(int classes)
    {
        const string text = "\u0002deep learning\u0003";
        var chars = Enumerable.Range(1, 3)
            .SelectMany(n => Enumerable.Range(0, text.Length - n + 1).Select(start => text.Substring(start, n)))
            .Distinct()
            .Select(ngram => ngram.Select(c => (uint)c).ToArray())
            .ToArray();
        uint[][] words = [[1], [2], [1, 2]];
        var width = chars.Length + words.Length;
        var random = new Random(5);
        var idf = Enumerable.Range(0, width).Select(_ => 0.5 + random.NextDouble() * 5).ToArray();
        var slotWeights = Enumerable.Range(0, width).Select(_ => Enumerable.Range(0, 16).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray()).ToArray();
        var weights = slotWeights.SelectMany(w => w[..classes]).ToArray();
        var biases = Enumerable.Range(0, classes).Select(c => c * 0.01f).ToArray();
        var column = new NgramColumnTables(new NgramPool(2, words, idf[chars.Length..]), new NgramPool(3, chars, idf[..chars.Length]), ["deep", "learning", null]);
        return new NgramTables(column, null, weights, biases);
    }
}
