using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Classifier.Core.Learning.Features.Ngrams;

/// <summary>
/// ASCII 3-grams by their packed key, each with a small table of its own for its ASCII 4- and 5-gram extensions, so that
/// the look-ups of one text position read one line of 3-grams and one or two lines of its extensions instead of three
/// random lines of one large table.
/// </summary>
internal sealed class TrigramTable
{
    private const int LineEntries = 64 / sizeof(ulong);
    private const ulong Fibonacci = 0x9E3779B97F4A7C15UL;

    private readonly Entry[] _trigrams;
    private readonly int _shift;
    private readonly ulong[] _extensions;

    /// <param name="trigrams">Each 3-gram's packed key and id.</param>
    /// <param name="extensions">Each 4- or 5-gram's packed key, id and the index of its 3-gram in <paramref name="trigrams"/>.</param>
    public TrigramTable(IReadOnlyList<(ulong Key, int Id)> trigrams, IReadOnlyList<(ulong Key, int Id, int Trigram)> extensions)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, trigrams.Count * 2));
        _trigrams = new Entry[size];
        _shift = 64 - BitOperations.Log2((uint)size);
        var counts = new int[trigrams.Count];
        foreach (var extension in extensions)
        {
            counts[extension.Trigram]++;
        }
        // Each 3-gram's block: at most half full, a whole number of cache lines, starting on one.
        var blocks = new Block[trigrams.Count];
        var total = 0;
        for (var t = 0; t < trigrams.Count; t++)
        {
            var entries = counts[t] == 0 ? 0 : (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(LineEntries, counts[t] * 2));
            blocks[t] = new Block(total, entries - 1);
            total += entries;
        }
        // A 3-gram without extensions gets a line that stays empty after the blocks, so that a look-up there finds none without a test.
        for (var t = 0; t < trigrams.Count; t++)
        {
            blocks[t] = counts[t] == 0 ? new Block(total, LineEntries - 1) : blocks[t];
        }
        _extensions = GC.AllocateArray<ulong>(total + 2 * LineEntries, pinned: true);
        var misalignment = (int)((long)Marshal.UnsafeAddrOfPinnedArrayElement(_extensions, 0) & 63);
        var start = (64 - misalignment) % 64 / sizeof(ulong);
        for (var t = 0; t < trigrams.Count; t++)
        {
            blocks[t] = blocks[t] with { Offset = start + blocks[t].Offset };
            Insert(trigrams[t].Key, trigrams[t].Id, blocks[t]);
        }
        foreach (var (key, id, trigram) in extensions)
        {
            var block = blocks[trigram];
            var i = Place(key, block.Mask);
            while (_extensions[block.Offset + i] != 0)
            {
                i = (i + 1) & block.Mask;
            }
            _extensions[block.Offset + i] = key << PackedTable.IdBits | (uint)id;
        }
    }

    /// <summary>The id of the 3-gram <paramref name="key"/> and where its extensions are; -1 and no block when unknown.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ulong key, out Block block)
    {
        var entries = _trigrams;
        var mask = entries.Length - 1;
        for (var i = (int)((key * Fibonacci) >> _shift); ; i = (i + 1) & mask)
        {
            ref readonly var entry = ref entries[i];
            if (entry.KeyAndId >> PackedTable.IdBits == key)
            {
                block = entry.Block;
                return (int)(entry.KeyAndId & PackedTable.IdMask);
            }
            if (entry.KeyAndId == 0)
            {
                block = Block.None;
                return -1;
            }
        }
    }

    /// <summary>The id of the 4- or 5-gram <paramref name="key"/> in its 3-gram's <paramref name="block"/>; -1 when unknown.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ulong key, Block block)
    {
        var extensions = _extensions;
        for (var i = Place(key, block.Mask); ; i = (i + 1) & block.Mask)
        {
            var entry = extensions[block.Offset + i];
            if (entry >> PackedTable.IdBits == key)
            {
                return (int)(entry & PackedTable.IdMask);
            }
            if (entry == 0)
            {
                return -1;
            }
        }
    }

    private void Insert(ulong key, int id, Block block)
    {
        var mask = _trigrams.Length - 1;
        var i = (int)((key * Fibonacci) >> _shift);
        while (_trigrams[i].KeyAndId != 0)
        {
            i = (i + 1) & mask;
        }
        _trigrams[i] = new Entry(key << PackedTable.IdBits | (uint)id, block);
    }

    // The top bits of the Fibonacci product, as in the 3-gram table, masked to the block.
    private static int Place(ulong key, int mask) => (int)((key * Fibonacci) >> 40) & mask;

    /// <summary>A 3-gram's extensions: <c>Mask + 1</c> entries from <c>Offset</c>; <see cref="None"/> is for no 3-gram and never searched.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public readonly record struct Block(int Offset, int Mask)
    {
        public static Block None => new(0, -1);
    }

    [StructLayout(LayoutKind.Sequential)]
    private readonly record struct Entry(ulong KeyAndId, Block Block);
}
