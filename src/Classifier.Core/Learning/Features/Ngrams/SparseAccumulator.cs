using System.Runtime.CompilerServices;

namespace Classifier.Core.Learning.Features.Ngrams;

/// <summary>A reusable sparse feature vector: counts added slot by slot, then weighted and normalised a block at a time; also the scorer's text buffer.</summary>
internal sealed class SparseAccumulator(int width)
{
    // Position + 1 of each slot in the arrays below, 0 when absent; reset slot by slot, so a clear costs the entries, not the width.
    private readonly int[] _positions = new int[width];
    private int[] _slots = new int[256];
    private float[] _values = new float[256];
    private char[] _text = new char[256];

    public int Count { get; private set; }

    public int SlotAt(int i) => _slots[i];

    public float ValueAt(int i) => _values[i];

    /// <summary>A buffer of at least <paramref name="length"/> characters for one normalised text, reused from paper to paper.</summary>
    public Span<char> TextBuffer(int length)
    {
        if (_text.Length < length)
        {
            _text = new char[Math.Max(length, _text.Length * 2)];
        }
        return _text.AsSpan(0, length);
    }

    // Inlined into the featurizer's loops (a call per n-gram was a twentieth of a tag run); the rare growth is not.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int slot)
    {
        var position = _positions[slot];
        if (position != 0)
        {
            _values[position - 1]++;
            return;
        }
        if (Count == _slots.Length)
        {
            Grow();
        }
        _slots[Count] = slot;
        _values[Count] = 1;
        _positions[slot] = ++Count;
    }

    private void Grow()
    {
        Array.Resize(ref _slots, Count * 2);
        Array.Resize(ref _values, Count * 2);
    }

    /// <summary>Turns the counts from <paramref name="from"/> on into TF-IDF values (as NgramExtractingTransformer) scaled to unit L2 norm (as LpNormNormalizingTransformer).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void WeighAndNormalise(int from, NgramRows rows)
    {
        var sum = 0f;
        for (var i = from; i < Count; i++)
        {
            var value = (float)(_values[i] * rows.Idf(_slots[i]));
            _values[i] = value;
            sum += value * value;
        }
        if (sum > 0)
        {
            var scale = 1 / MathF.Sqrt(sum);
            for (var i = from; i < Count; i++)
            {
                _values[i] *= scale;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Clear()
    {
        for (var i = 0; i < Count; i++)
        {
            _positions[_slots[i]] = 0;
        }
        Count = 0;
    }
}
