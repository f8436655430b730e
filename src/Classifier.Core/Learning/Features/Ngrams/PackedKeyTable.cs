using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Classifier.Core.Learning.Features.Ngrams;

/// <summary>
/// Values by their non-zero 64-bit key (an n-gram's packed keys, a short word's packed characters): open addressing
/// over one array of (key, value) pairs, so a look-up touches one cache line where a <see cref="Dictionary{TKey, TValue}"/>
/// touches its buckets and then its entries.
/// </summary>
/// <remarks>Tagging 50k titles spends most of its scoring time waiting for these look-ups (docs/ngram-tables.md).</remarks>
internal sealed class PackedKeyTable<TValue>
    where TValue : struct
{
    private readonly Entry[] _entries;
    private readonly int _shift;

    public PackedKeyTable(int capacity)
    {
        // At most half full, so that probe runs stay short.
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity * 2));
        _entries = new Entry[size];
        _shift = 64 - BitOperations.Log2((uint)size);
    }

    public int Count { get; private set; }

    /// <summary>Adds the key; false when it is zero (the empty mark), already present, or the table is half full.</summary>
    public bool TryAdd(ulong key, TValue value)
    {
        if (key == 0 || Count >= _entries.Length / 2)
        {
            return false;
        }
        var mask = _entries.Length - 1;
        for (var i = Home(key); ; i = (i + 1) & mask)
        {
            ref var entry = ref _entries[i];
            if (entry.Key == key)
            {
                return false;
            }
            if (entry.Key == 0)
            {
                entry = new Entry(key, value);
                Count++;
                return true;
            }
        }
    }

    // Hot for every paper: compiled optimised at once, since a short-lived tag never reaches the optimising tier for long.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryGetValue(ulong key, out TValue value)
    {
        var entries = _entries;
        var mask = entries.Length - 1;
        for (var i = Home(key); ; i = (i + 1) & mask)
        {
            ref readonly var entry = ref entries[i];
            if (entry.Key == key && key != 0)
            {
                value = entry.Value;
                return true;
            }
            if (entry.Key == 0)
            {
                value = default;
                return false;
            }
        }
    }

    // Fibonacci hashing: the top bits of key x 2^64/phi spread the packed keys' low-entropy bits over the table.
    private int Home(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    [StructLayout(LayoutKind.Sequential)]
    private readonly record struct Entry(ulong Key, TValue Value);
}
