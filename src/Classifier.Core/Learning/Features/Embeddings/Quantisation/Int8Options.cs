namespace Classifier.Core.Learning.Features.Embeddings.Quantisation;

/// <summary>How the encoder's MatMul weights are stored in 8 bits; activations are quantised on each run by ONNX Runtime.</summary>
/// <param name="PerColumn">One scale per output column instead of one per matrix.</param>
/// <param name="ReduceRange">7-bit weights (-64..64, or 0..127 unsigned): without AVX-VNNI, ONNX Runtime's u8 x s8 kernel
/// adds pairs of products in 16 bits, which full-range weights can overflow.</param>
/// <param name="Unsigned">Asymmetric uint8 weights with a zero point (the u8 x u8 kernel) instead of symmetric int8.</param>
internal sealed record Int8Options(bool PerColumn = false, bool ReduceRange = false, bool Unsigned = false)
{
    /// <summary>What onnxruntime's <c>quantize_dynamic</c> does by default: symmetric int8, one scale per matrix, full range.</summary>
    public static Int8Options Default { get; } = new();

    /// <summary>A short name for file names and reports, e.g. <c>s8-tensor</c> or <c>u8-column-7bit</c>.</summary>
    public string Name => $"{(Unsigned ? "u8" : "s8")}-{(PerColumn ? "column" : "tensor")}{(ReduceRange ? "-7bit" : "")}";

    /// <summary>The options a <see cref="Name"/> stands for.</summary>
    public static Int8Options Parse(string name) =>
        All.FirstOrDefault(o => o.Name == name) ?? throw new ArgumentException($"unknown int8 scheme '{name}': {string.Join(", ", All.Select(o => o.Name))}");

    /// <summary>Every combination, for the bench to compare.</summary>
    public static IReadOnlyList<Int8Options> All { get; } =
        [.. from u in new[] { false, true } from c in new[] { false, true } from r in new[] { false, true } select new Int8Options(c, r, u)];

    /// <summary>The smallest and largest stored value.</summary>
    public (int Min, int Max) Range => (Unsigned, ReduceRange) switch
    {
        (false, false) => (-127, 127),
        (false, true) => (-64, 64),
        (true, false) => (0, 255),
        (true, true) => (0, 127),
    };
}
