using System.Numerics;
using System.Runtime.CompilerServices;

namespace Classifier.Core.Learning.Features.Ngrams;

/// <summary>
/// A column's character n-gram ids. ASCII unigrams and bigrams are read from flat arrays (64 KB, cache-resident); ASCII
/// n-grams of three to five characters from a hash table keyed by their characters (7 bits each), so the look-ups of
/// one text do not wait for one another; any other n-gram by transition from its prefix's id (its last character and
/// that id), in a second table.
/// </summary>
/// <remarks>Tagging titles spent a fifth of its time in these look-ups (docs/ngram-tables.md), each waiting on the one before.</remarks>
internal sealed class CharNgramTable
{
    private const int Ascii = 128;
    private const int MaxPacked = 5;
    private const int IdBits = 24;
    private const ulong IdMask = (1UL << IdBits) - 1;

    /// <summary>Ids are packed into 24 bits beside their key.</summary>
    public const int MaxCount = 1 << IdBits;

    private readonly int[] _unigrams = new int[Ascii];
    private readonly int[] _bigrams = new int[Ascii * Ascii];
    private readonly PackedTable _packed;
    private readonly PackedTable _transitions;

    private CharNgramTable(int packed, int transitions)
    {
        Array.Fill(_unigrams, -1);
        Array.Fill(_bigrams, -1);
        _packed = new PackedTable(packed);
        _transitions = new PackedTable(transitions);
    }

    /// <summary>The table of a character pool; null when a key is not a UTF-16 unit (or U+0000), a prefix is missing, an n-gram repeats or the pool is too large.</summary>
    // Run once per load over every n-gram (about 76k in a data/ bundle): compiled optimised at once rather than walked in tier 0.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static CharNgramTable? Create(NgramPool chars)
    {
        var sequences = chars.Sequences;
        if (sequences.Length >= MaxCount)
        {
            return null;
        }
        var (packed, transitions, longest) = (0, 0, 0);
        foreach (var sequence in sequences)
        {
            var ascii = true;
            foreach (var key in sequence)
            {
                if (key is 0 or > char.MaxValue)
                {
                    return null;
                }
                ascii &= key < Ascii;
            }
            packed += ascii && sequence.Length is > 2 and <= MaxPacked ? 1 : 0;
            transitions += !ascii || sequence.Length > MaxPacked ? 1 : 0;
            longest = Math.Max(longest, sequence.Length);
        }
        var table = new CharNgramTable(packed, transitions);
        // Shorter n-grams first, each length in slot order, so that every prefix has its id when its extensions arrive.
        for (var length = 1; length <= longest; length++)
        {
            for (var id = 0; id < sequences.Length; id++)
            {
                if (sequences[id].Length == length && !table.TryAdd(sequences[id], id))
                {
                    return null;
                }
            }
        }
        return table;
    }

    /// <summary>The packed key of the ASCII n-gram <paramref name="key"/> extended by <paramref name="c"/>, its <paramref name="length"/>th character; 0 when the n-gram is not ASCII or too long to pack.</summary>
    /// <remarks>A leading 1 bit marks the length, so that "a" and "\0a" differ; the key of no n-gram is 1.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Pack(ulong key, char c, int length) => key != 0 && c < Ascii && length <= MaxPacked ? key << 7 | c : 0;

    /// <summary>The id of the unigram <paramref name="c"/>; -1 when unknown.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Unigram(char c) => c < Ascii ? _unigrams[c] : _transitions.Find(Transition(-1, c));

    /// <summary>The id of the bigram <paramref name="first"/><paramref name="second"/> whose first character has id <paramref name="firstId"/>; -1 when unknown.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Bigram(char first, int firstId, char second) =>
        (first | second) < Ascii ? _bigrams[first * Ascii + second] : _transitions.Find(Transition(firstId, second));

    /// <summary>The id of an n-gram of three or more characters: by <paramref name="packed"/> (its <see cref="Pack"/>ed key) when not 0, else by its prefix's id and last character; -1 when unknown.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Extend(ulong packed, int prefixId, char c) => packed != 0 ? _packed.Find(packed) : _transitions.Find(Transition(prefixId, c));

    // A prefix of -1 is none: the key of a unigram is its character alone, never zero (the empty mark) since U+0000 is not kept.
    private static ulong Transition(int prefixId, char c) => (ulong)(uint)(prefixId + 1) << 16 | c;

    // Walks the n-gram's prefixes as a look-up does; false when one is missing or the n-gram is already there.
    private bool TryAdd(uint[] sequence, int id)
    {
        var prefix = -1;
        ulong key = 1;
        for (var k = 0; k < sequence.Length; k++)
        {
            var c = (char)sequence[k];
            key = Pack(key, c, k + 1);
            var found = k switch
            {
                0 => Unigram(c),
                1 => Bigram((char)sequence[0], prefix, c),
                _ => Extend(key, prefix, c),
            };
            if (k < sequence.Length - 1)
            {
                if (found < 0)
                {
                    return false;
                }
                prefix = found;
            }
            else if (found >= 0)
            {
                return false;
            }
        }
        Add(sequence, prefix, key, id);
        return true;
    }

    // Where the look-ups above will search: the flat arrays for ASCII uni- and bigrams, the packed table for other ASCII n-grams up to five, else the transitions.
    private void Add(uint[] sequence, int prefix, ulong key, int id)
    {
        var c = (char)sequence[^1];
        if (sequence.Length == 1 && c < Ascii)
        {
            _unigrams[c] = id;
        }
        else if (sequence.Length == 2 && (sequence[0] | c) < Ascii)
        {
            _bigrams[sequence[0] * Ascii + c] = id;
        }
        else if (sequence.Length > 2 && key != 0)
        {
            _packed.Insert(key, id);
        }
        else
        {
            _transitions.Insert(Transition(prefix, c), id);
        }
    }

    /// <summary>Open addressing over 8-byte entries: a key of up to 40 bits and a 24-bit id; 0 marks an empty entry.</summary>
    private sealed class PackedTable
    {
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
}
