using System.Runtime.CompilerServices;

namespace Classifier.Core.Learning.Features.Ngrams;

/// <summary>A reusable sparse feature vector: counts added slot by slot, then weighted and normalised a block at a time.</summary>
internal sealed class SparseAccumulator(int width)
{
    // Position + 1 of each slot in the lists below, 0 when absent; reset slot by slot, so a clear costs the entries, not the width.
    private readonly int[] _positions = new int[width];
    private readonly List<int> _slots = [];
    private readonly List<float> _values = [];

    public int Count => _slots.Count;

    public int SlotAt(int i) => _slots[i];

    public float ValueAt(int i) => _values[i];

    // Hot for every paper: compiled optimised at once, since a short-lived tag never reaches the optimising tier for long.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(int slot, float count)
    {
        var position = _positions[slot];
        if (position == 0)
        {
            _slots.Add(slot);
            _values.Add(count);
            _positions[slot] = _slots.Count;
        }
        else
        {
            _values[position - 1] += count;
        }
    }

    /// <summary>Turns the counts from <paramref name="from"/> on into TF-IDF values (as NgramExtractingTransformer) scaled to unit L2 norm (as LpNormNormalizingTransformer).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void WeighAndNormalise(int from, int offset, double[] inverseDocumentFrequencies)
    {
        var sum = 0f;
        for (var i = from; i < _values.Count; i++)
        {
            var value = (float)(_values[i] * inverseDocumentFrequencies[_slots[i] - offset]);
            _values[i] = value;
            sum += value * value;
        }
        if (sum > 0)
        {
            var scale = 1 / MathF.Sqrt(sum);
            for (var i = from; i < _values.Count; i++)
            {
                _values[i] *= scale;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Clear()
    {
        foreach (var slot in _slots)
        {
            _positions[slot] = 0;
        }
        _slots.Clear();
        _values.Clear();
    }
}
