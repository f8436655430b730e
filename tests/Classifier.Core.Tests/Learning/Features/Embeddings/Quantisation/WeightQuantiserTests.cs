using Classifier.Core.Learning.Features.Embeddings.Quantisation;

namespace Classifier.Core.Tests.Learning.Features.Embeddings.Quantisation;

public sealed class WeightQuantiserTests
{
    // [3, 2]: column 0 spans -1..0.5, column 1 spans 0..0.01 (a column of small weights, where one scale per matrix loses it).
    private static readonly float[] Weight = [-1f, 0.01f, 0.5f, 0.005f, 0f, 0f];

    [Theory]
    [InlineData(false, false, false)]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    [InlineData(true, true, true)]
    [InlineData(true, false, true)]
    public void Quantise_StoresEveryWeightWithinHalfAStepOfItsValue(bool perColumn, bool reduceRange, bool unsigned)
    {
        var options = new Int8Options(perColumn, reduceRange, unsigned);

        var quantised = WeightQuantiser.Quantise(Weight, 3, 2, options);

        for (var i = 0; i < Weight.Length; i++)
        {
            var g = perColumn ? i % 2 : 0;
            var value = unsigned ? (int)quantised.Values[i] : (sbyte)quantised.Values[i];
            var zero = unsigned ? (int)quantised.ZeroPoints[g] : (sbyte)quantised.ZeroPoints[g];
            Assert.InRange(value, options.Range.Min, options.Range.Max);
            Assert.True(Math.Abs((value - zero) * quantised.Scales[g] - Weight[i]) <= quantised.Scales[g] / 2 * 1.0001, $"weight {i}: {value}");
        }
    }

    [Fact]
    public void Quantise_WhenSigned_IsSymmetricWithZeroPointZeroAndTheLargestWeightAtTheRangesEnd()
    {
        var quantised = WeightQuantiser.Quantise(Weight, 3, 2, Int8Options.Default);

        Assert.Equal([0], quantised.ZeroPoints);
        Assert.Equal(1f / 127, quantised.Scales[0], 6);
        Assert.Equal(-127, (sbyte)quantised.Values[0]);
        Assert.Equal(0, (sbyte)quantised.Values[4]);
    }

    [Fact]
    public void Quantise_PerColumn_KeepsTheSmallColumnThatOneScalePerMatrixRoundsToZero()
    {
        var perMatrix = WeightQuantiser.Quantise(Weight, 3, 2, Int8Options.Default);
        var perColumn = WeightQuantiser.Quantise(Weight, 3, 2, Int8Options.Default with { PerColumn = true });

        Assert.Equal(1, (sbyte)perMatrix.Values[1]);
        Assert.Equal(127, (sbyte)perColumn.Values[1]);
        Assert.Equal(2, perColumn.Scales.Length);
    }

    [Fact]
    public void Quantise_WhenUnsigned_PutsZeroOnItsZeroPoint()
    {
        var quantised = WeightQuantiser.Quantise(Weight, 3, 2, Int8Options.Default with { Unsigned = true });

        Assert.Equal(quantised.ZeroPoints[0], quantised.Values[4]);
        Assert.Equal(0, quantised.Values[0]);
        Assert.Equal(1.5f / 255, quantised.Scales[0], 6);
    }
}
