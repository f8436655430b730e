namespace Classifier.Core.Learning.Features.Embeddings.Quantisation;

/// <summary>A [K, N] weight in 8 bits: the stored bytes (int8 or uint8), and one scale and zero point per group.</summary>
internal sealed record QuantisedWeight(byte[] Values, float[] Scales, byte[] ZeroPoints);

/// <summary>Quantises a float weight the way onnxruntime's quantiser does (<c>compute_scale_zp</c>, <c>quantize_nparray</c>).</summary>
internal static class WeightQuantiser
{
    /// <summary>The weight, row-major [rows, columns], as 8-bit values: q = clamp(round_half_even(w / scale) + zero point).</summary>
    public static QuantisedWeight Quantise(ReadOnlySpan<float> weight, int rows, int columns, Int8Options options)
    {
        if (weight.Length != rows * columns)
        {
            throw new ArgumentException($"a [{rows}, {columns}] weight has {rows * columns} values, not {weight.Length}");
        }
        var groups = options.PerColumn ? columns : 1;
        var scales = new float[groups];
        var zeroPoints = new int[groups];
        for (var g = 0; g < groups; g++)
        {
            var (min, max) = Extremes(weight, columns, options.PerColumn ? g : -1);
            (scales[g], zeroPoints[g]) = Parameters(min, max, options);
        }
        var (low, high) = options.Range;
        var values = new byte[weight.Length];
        for (var i = 0; i < weight.Length; i++)
        {
            var g = options.PerColumn ? i % columns : 0;
            var q = Math.Clamp((int)MathF.Round(weight[i] / scales[g], MidpointRounding.ToEven) + zeroPoints[g], low, high);
            values[i] = options.Unsigned ? (byte)q : unchecked((byte)(sbyte)q);
        }
        return new QuantisedWeight(values, scales, [.. zeroPoints.Select(z => options.Unsigned ? (byte)z : unchecked((byte)(sbyte)z))]);
    }

    // The range always takes in 0, so that 0 is stored exactly; symmetric schemes widen it to [-|m|, |m|].
    private static (float Scale, int ZeroPoint) Parameters(float min, float max, Int8Options options)
    {
        var (low, high) = options.Range;
        min = Math.Min(min, 0f);
        max = Math.Max(max, 0f);
        if (!options.Unsigned)
        {
            var absolute = Math.Max(-min, max);
            (min, max) = (-absolute, absolute);
        }
        var scale = (max - min) / (high - low);
        if (scale < float.Epsilon || !float.IsFinite(scale))
        {
            return (1f, 0);
        }
        var zeroPoint = options.Unsigned ? Math.Clamp((int)MathF.Round(low - min / scale, MidpointRounding.ToEven), low, high) : 0;
        return (scale, zeroPoint);
    }

    private static (float Min, float Max) Extremes(ReadOnlySpan<float> weight, int columns, int column)
    {
        var (min, max) = (float.PositiveInfinity, float.NegativeInfinity);
        for (var i = column < 0 ? 0 : column; i < weight.Length; i += column < 0 ? 1 : columns)
        {
            min = Math.Min(min, weight[i]);
            max = Math.Max(max, weight[i]);
        }
        return (min, max);
    }
}
