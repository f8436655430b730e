using System.Runtime.CompilerServices;

namespace Classifier.Core.Learning.Features.Ngrams;

/// <summary>
/// A column's character n-gram rows. ASCII unigrams and bigrams are read from flat arrays (64 KB, cache-resident); ASCII
/// n-grams of three to five characters from a hash table keyed by their characters (7 bits each), so the look-ups of
/// one text do not wait for one another; any other n-gram by transition from its prefix's row (its last character and
/// that row), in a second table.
/// </summary>
/// <remarks>Tagging titles spent a fifth of its time in these look-ups (docs/ngram-tables.md); the misses are most of the scorer's time (docs/ngram3.md).</remarks>
internal sealed class CharNgramTable
{
    private const int Ascii = 128;
    private const int MaxPacked = 5;

    /// <summary>Rows are packed into 24 bits beside their key.</summary>
    public const int MaxCount = 1 << PackedTable.IdBits;

    private readonly int[] _unigrams = new int[Ascii];
    private readonly int[] _bigrams = new int[Ascii * Ascii];
    private readonly PackedTable _packed;
    private readonly PackedTable _transitions;
    private readonly int[] _rows;

    private CharNgramTable(int[] rows, int packed, int transitions)
    {
        Array.Fill(_unigrams, -1);
        Array.Fill(_bigrams, -1);
        _rows = rows;
        _packed = new PackedTable(packed);
        _transitions = new PackedTable(transitions);
    }

    /// <summary>Each slot's row, the id every look-up gives: the slot itself in <see cref="NgramRowOrder.Slot"/> order.</summary>
    public ReadOnlySpan<int> Rows => _rows;

    /// <summary>The table of a character pool, its rows in <paramref name="order"/>; null when a key is not a UTF-16 unit (or U+0000), a prefix is missing, an n-gram repeats or the pool is too large.</summary>
    // Run once per load over every n-gram (about 76k in a data/ bundle): compiled optimised at once rather than walked in tier 0.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static CharNgramTable? Create(NgramPool chars, NgramRowOrder order = NgramRowOrder.Slot)
    {
        var sequences = chars.Sequences;
        if (sequences.Length >= MaxCount || CharNgramTrie.Create(chars) is not { } trie)
        {
            return null;
        }
        var rows = trie.Rows(order);
        var parents = trie.Parents;
        var keys = new ulong[sequences.Length];
        var (packed, transitions) = (0, 0);
        for (var slot = 0; slot < sequences.Length; slot++)
        {
            keys[slot] = PackAll(sequences[slot]);
            packed += keys[slot] != 0 && sequences[slot].Length is > 2 and <= MaxPacked ? 1 : 0;
            transitions += keys[slot] == 0 || sequences[slot].Length > MaxPacked ? 1 : 0;
        }
        var table = new CharNgramTable(rows, packed, transitions);
        for (var slot = 0; slot < sequences.Length; slot++)
        {
            table.Add(sequences[slot], parents[slot] < 0 ? -1 : rows[parents[slot]], keys[slot], rows[slot]);
        }
        return table;
    }

    /// <summary>The packed key of the ASCII n-gram <paramref name="key"/> extended by <paramref name="c"/>, its <paramref name="length"/>th character; 0 when the n-gram is not ASCII or too long to pack.</summary>
    /// <remarks>A leading 1 bit marks the length, so that "a" and "\0a" differ; the key of no n-gram is 1.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Pack(ulong key, char c, int length) => key != 0 && c < Ascii && length <= MaxPacked ? key << 7 | c : 0;

    /// <summary>The row of the unigram <paramref name="c"/>; -1 when unknown.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Unigram(char c) => c < Ascii ? _unigrams[c] : _transitions.Find(Transition(-1, c));

    /// <summary>The row of the bigram <paramref name="first"/><paramref name="second"/> whose first character has row <paramref name="firstId"/>; -1 when unknown.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Bigram(char first, int firstId, char second) =>
        (first | second) < Ascii ? _bigrams[first * Ascii + second] : _transitions.Find(Transition(firstId, second));

    /// <summary>The row of an n-gram of three or more characters: by <paramref name="packed"/> (its <see cref="Pack"/>ed key) when not 0, else by its prefix's row and last character; -1 when unknown.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Extend(ulong packed, int prefixId, char c) => packed != 0 ? _packed.Find(packed) : _transitions.Find(Transition(prefixId, c));

    // A prefix of -1 is none: the key of a unigram is its character alone, never zero (the empty mark) since U+0000 is not kept.
    private static ulong Transition(int prefixId, char c) => (ulong)(uint)(prefixId + 1) << 16 | c;

    private static ulong PackAll(uint[] sequence)
    {
        ulong key = 1;
        for (var k = 0; k < sequence.Length; k++)
        {
            key = Pack(key, (char)sequence[k], k + 1);
        }
        return key;
    }

    // Where the look-ups above will search: the flat arrays for ASCII uni- and bigrams, the packed table for other ASCII n-grams up to five, else the transitions.
    private void Add(uint[] sequence, int prefix, ulong key, int row)
    {
        var c = (char)sequence[^1];
        if (sequence.Length == 1 && c < Ascii)
        {
            _unigrams[c] = row;
        }
        else if (sequence.Length == 2 && (sequence[0] | c) < Ascii)
        {
            _bigrams[sequence[0] * Ascii + c] = row;
        }
        else if (sequence.Length > 2 && key != 0)
        {
            _packed.Insert(key, row);
        }
        else
        {
            _transitions.Insert(Transition(prefix, c), row);
        }
    }
}
