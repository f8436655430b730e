using System.Numerics;
using System.Runtime.CompilerServices;

namespace Classifier.Core.Learning.Features.Ngrams;

/// <summary>Open addressing over 8-byte entries: a key of up to 40 bits and a 24-bit id; 0 marks an empty entry.</summary>
internal sealed class PackedTable
{
    public const int IdBits = 24;
    public const ulong IdMask = (1UL << IdBits) - 1;

    private readonly ulong[] _entries;
    private readonly int _shift;

    public PackedTable(int capacity)
    {
        // At most half full, so that probe runs stay short.
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity * 2));
        _entries = new ulong[size];
        _shift = 64 - BitOperations.Log2((uint)size);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Find(ulong key)
    {
        var entries = _entries;
        var mask = entries.Length - 1;
        for (var i = Home(key); ; i = (i + 1) & mask)
        {
            var entry = entries[i];
            if (entry >> IdBits == key)
            {
                return (int)(entry & IdMask);
            }
            if (entry == 0)
            {
                return -1;
            }
        }
    }

    public void Insert(ulong key, int id)
    {
        var mask = _entries.Length - 1;
        var i = Home(key);
        while (_entries[i] != 0)
        {
            i = (i + 1) & mask;
        }
        _entries[i] = key << IdBits | (uint)id;
    }

    // Fibonacci hashing: the top bits of key x 2^64/phi spread the packed keys' low-entropy bits over the table.
    private int Home(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
}
