using System.Runtime.CompilerServices;

namespace Classifier.Core.Learning.Features.Ngrams;

/// <summary>
/// A column's character n-gram rows. ASCII unigrams and bigrams are read from flat arrays (64 KB, cache-resident); ASCII
/// 3-grams from a table keyed by their characters (7 bits each), and ASCII 4- and 5-grams from their 3-gram's own small
/// table, so that one text position's look-ups share their lines; any other n-gram by transition from its prefix's row
/// (its last character and that row), in a fourth table.
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
    private readonly TrigramTable _trigrams;
    private readonly PackedTable _transitions;
    private readonly int[] _rows;

    private CharNgramTable(int[] rows, TrigramTable trigrams, int transitions)
    {
        Array.Fill(_unigrams, -1);
        Array.Fill(_bigrams, -1);
        _rows = rows;
        _trigrams = trigrams;
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
        var trigramOf = new int[sequences.Length];
        var trigrams = new List<(ulong, int)>();
        var extensions = new List<(ulong, int, int)>();
        var transitions = 0;
        for (var slot = 0; slot < sequences.Length; slot++)
        {
            var sequence = sequences[slot];
            keys[slot] = PackAll(sequence);
            trigramOf[slot] = -1;
            if (keys[slot] == 0 || sequence.Length > MaxPacked)
            {
                transitions++;
            }
            else if (sequence.Length == 3)
            {
                trigramOf[slot] = trigrams.Count;
                trigrams.Add((keys[slot], rows[slot]));
            }
        }
        for (var slot = 0; slot < sequences.Length; slot++)
        {
            if (keys[slot] != 0 && sequences[slot].Length is > 3 and <= MaxPacked)
            {
                var trigram = parents[slot];
                for (var n = sequences[slot].Length - 1; n > 3; n--)
                {
                    trigram = parents[trigram];
                }
                extensions.Add((keys[slot], rows[slot], trigramOf[trigram]));
            }
        }
        var table = new CharNgramTable(rows, new TrigramTable(trigrams, extensions), transitions);
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

    /// <summary>The row of a 3-gram: by <paramref name="packed"/> (its <see cref="Pack"/>ed key) when not 0, else by its prefix's row and last character; -1 when unknown. <paramref name="extensions"/> is where <see cref="Extend"/> finds its 4- and 5-grams.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Trigram(ulong packed, int prefixId, char c, out TrigramTable.Block extensions)
    {
        if (packed != 0)
        {
            return _trigrams.Find(packed, out extensions);
        }
        extensions = TrigramTable.Block.None;
        return _transitions.Find(Transition(prefixId, c));
    }

    /// <summary>The row of an n-gram of four or more characters: by <paramref name="packed"/> in its 3-gram's <paramref name="extensions"/> when not 0, else by its prefix's row and last character; -1 when unknown.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Extend(ulong packed, int prefixId, char c, TrigramTable.Block extensions) =>
        packed != 0 ? _trigrams.Find(packed, extensions) : _transitions.Find(Transition(prefixId, c));

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

    // Where the look-ups above will search: the flat arrays for ASCII uni- and bigrams, the 3-gram table for other ASCII n-grams up to five (filled at construction), else the transitions.
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
        else if (sequence.Length <= 2 || key == 0)
        {
            _transitions.Insert(Transition(prefix, c), row);
        }
    }
}
