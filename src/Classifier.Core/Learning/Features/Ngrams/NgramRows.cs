using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Classifier.Core.Learning.Features.Ngrams;

/// <summary>
/// Each feature slot's class weights and inverse document frequency side by side in one row, so that weighing an n-gram
/// and adding its weights touch one place in memory instead of an IDF array and a weight array apart.
/// </summary>
/// <remarks>
/// A row is a whole number of vectors (the weights, zeros, then the IDF in the last two floats) and the first row starts
/// on a cache line, so that a row of up to 14 classes is one 64-byte line (a 48-byte row straddled two lines every
/// other time) and the scorer reads its weights as whole vectors.
/// </remarks>
internal sealed class NgramRows
{
    // Two floats' room for the IDF (a double, as ML.NET computes TF-IDF in double), after the class weights.
    private const int IdfFloats = 2;
    private const int LineBytes = 64;
    private readonly float[] _rows;
    private readonly int _start;

    /// <param name="idf">Every slot's IDF in slot order (the title's characters, its words, then the summary's).</param>
    /// <param name="weights">Feature-major: <c>weights[slot * classes + class]</c>, as many slots as <paramref name="idf"/>.</param>
    public NgramRows(double[] idf, float[] weights, int classes)
    {
        if (weights.Length != (long)idf.Length * classes)
        {
            throw new ArgumentException($"{weights.Length} weights for {idf.Length} slots of {classes} classes", nameof(weights));
        }
        Classes = classes;
        Stride = (classes + IdfFloats + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;
        // Pinned, so that the first row stays where it was aligned.
        _rows = GC.AllocateArray<float>(checked(idf.Length * Stride + LineBytes / sizeof(float)), pinned: true);
        var misalignment = (int)((long)Marshal.UnsafeAddrOfPinnedArrayElement(_rows, 0) & (LineBytes - 1));
        _start = (LineBytes - misalignment) % LineBytes / sizeof(float);
        for (var slot = 0; slot < idf.Length; slot++)
        {
            var row = _rows.AsSpan(_start + slot * Stride, Stride);
            weights.AsSpan(slot * classes, classes).CopyTo(row);
            MemoryMarshal.Write(MemoryMarshal.AsBytes(row[^IdfFloats..]), idf[slot]);
        }
    }

    public int Classes { get; }

    /// <summary>Floats per row: a whole number of vectors, the first <see cref="Classes"/> of them the weights.</summary>
    public int Stride { get; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Idf(int slot) => Unsafe.ReadUnaligned<double>(ref Unsafe.As<float, byte>(ref _rows[_start + (slot + 1) * Stride - IdfFloats]));

    /// <summary>The slot's weights, then padding to <see cref="Stride"/>: what lies beyond <see cref="Classes"/> is no weight.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<float> Row(int slot) => new(_rows, _start + slot * Stride, Stride);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<float> Weights(int slot) => new(_rows, _start + slot * Stride, Classes);
}
