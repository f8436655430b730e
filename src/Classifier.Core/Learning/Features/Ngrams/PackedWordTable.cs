using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Classifier.Core.Learning.Features.Ngrams;

/// <summary>
/// The short ASCII words of a column (up to nine characters, 7 bits each below a length mark: 64 bits) by their packed
/// characters, each with its term key and unigram slot: one look-up in one line where a word otherwise hashes its
/// string, walks a <see cref="Dictionary{TKey, TValue}"/>'s buckets and entries, compares, then looks its slot up.
/// </summary>
internal sealed class PackedWordTable
{
    /// <summary>The longest word that packs: 9 x 7 bits and the mark fill 64.</summary>
    public const int MaxLength = 9;

    private readonly Entry[] _entries;
    private readonly int _shift;

    public PackedWordTable(int capacity)
    {
        // At most half full, so that probe runs stay short.
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity * 2));
        _entries = new Entry[size];
        _shift = 64 - BitOperations.Log2((uint)size);
    }

    /// <summary>The word's characters, 7 bits each, below a leading 1 (so that lengths differ); 0 when it is empty, longer than <see cref="MaxLength"/> or not ASCII.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Pack(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > MaxLength)
        {
            return 0;
        }
        ulong key = 1;
        foreach (var c in word)
        {
            if (c >= 128)
            {
                return 0;
            }
            key = key << 7 | c;
        }
        return key;
    }

    /// <summary>Adds the word; false when its key is zero (the empty mark) or already present.</summary>
    public bool TryAdd(ulong key, uint term, int unigram)
    {
        if (key == 0)
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
                entry = new Entry(key, term, unigram);
                return true;
            }
        }
    }

    /// <summary>The term key and unigram slot of the packed word <paramref name="key"/> (not 0); false when the column does not know it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(ulong key, out uint term, out int unigram)
    {
        var entries = _entries;
        var mask = entries.Length - 1;
        for (var i = Home(key); ; i = (i + 1) & mask)
        {
            ref readonly var entry = ref entries[i];
            if (entry.Key == key)
            {
                (term, unigram) = (entry.Term, entry.Unigram);
                return true;
            }
            if (entry.Key == 0)
            {
                (term, unigram) = (0, -1);
                return false;
            }
        }
    }

    // Fibonacci hashing: the top bits of key x 2^64/phi spread the packed characters' low-entropy bits over the table.
    private int Home(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    [StructLayout(LayoutKind.Sequential)]
    private readonly record struct Entry(ulong Key, uint Term, int Unigram);
}
