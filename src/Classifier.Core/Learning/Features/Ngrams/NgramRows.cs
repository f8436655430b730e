using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Classifier.Core.Learning.Features.Ngrams;

/// <summary>
/// Each feature slot's inverse document frequency and class weights side by side in one row, so that weighing an n-gram
/// and adding its weights touch one place in memory instead of an IDF array and a weight array apart.
/// </summary>
internal sealed class NgramRows
{
    // Two floats' room for the IDF (a double, as ML.NET computes TF-IDF in double), then the class weights.
    private const int IdfFloats = 2;
    private readonly float[] _rows;
    private readonly int _stride;

    /// <param name="idf">Every slot's IDF in slot order (the title's characters, its words, then the summary's).</param>
    /// <param name="weights">Feature-major: <c>weights[slot * classes + class]</c>, as many slots as <paramref name="idf"/>.</param>
    public NgramRows(double[] idf, float[] weights, int classes)
    {
        if (weights.Length != (long)idf.Length * classes)
        {
            throw new ArgumentException($"{weights.Length} weights for {idf.Length} slots of {classes} classes", nameof(weights));
        }
        Classes = classes;
        _stride = IdfFloats + classes;
        _rows = new float[checked(idf.Length * _stride)];
        for (var slot = 0; slot < idf.Length; slot++)
        {
            MemoryMarshal.Write(MemoryMarshal.AsBytes(_rows.AsSpan(slot * _stride, IdfFloats)), idf[slot]);
            weights.AsSpan(slot * classes, classes).CopyTo(_rows.AsSpan(slot * _stride + IdfFloats, classes));
        }
    }

    public int Classes { get; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Idf(int slot) => Unsafe.ReadUnaligned<double>(ref Unsafe.As<float, byte>(ref _rows[slot * _stride]));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<float> Weights(int slot) => new(_rows, slot * _stride + IdfFloats, Classes);
}
