using System.Runtime.CompilerServices;

namespace Classifier.Core.Learning.Features.Ngrams;

/// <summary>
/// One FeaturizeText column (ML.NET's text normaliser, word 1..n and character 1..m n-grams with TF-IDF, each
/// L2-normalised) computed directly from its fitted n-grams.
/// </summary>
/// <remarks>
/// ML.NET's order is kept: the character slots first, then the word slots (TextFeaturizingEstimator concatenates "Char"
/// before "Word"). The characters are those of the whole normalised text between the start and end markers 0x02 and 0x03
/// (none at all for an empty text); words are split on spaces; an n-gram counts when every one of its keys is known.
/// The text is normalised once, into the scratch's buffer, and both kinds of n-gram are read from it without allocating.
/// </remarks>
internal sealed class NgramTextFeaturizer
{
    private const char StartMarker = '\u0002';
    private const char EndMarker = '\u0003';

    private readonly CharNgramTable _chars;
    private readonly int _charLength;
    private readonly Dictionary<string, uint>.AlternateLookup<ReadOnlySpan<char>> _terms;
    private readonly PackedKeyTable<int> _words;
    private readonly PackedWordTable _shortWords;

    private NgramTextFeaturizer(CharNgramTable chars, int charLength, Dictionary<string, uint> terms, PackedKeyTable<int> words, PackedWordTable shortWords)
    {
        _chars = chars;
        _charLength = charLength;
        _terms = terms.GetAlternateLookup<ReadOnlySpan<char>>();
        _words = words;
        _shortWords = shortWords;
    }

    /// <summary>Slots this column fills: its character n-grams, then its word n-grams.</summary>
    public int Width => CharWidth + WordWidth;

    private int CharWidth { get; init; }

    private int WordWidth { get; init; }

    /// <summary>The featurizer of one column; null when its pools are not what this reproduces (words longer than bigrams, characters longer than 8, an n-gram without its prefix).</summary>
    /// <param name="wordSlotNames">The column's word slot names, in slot order: a unigram's name is its term (the others may be null).</param>
    public static NgramTextFeaturizer? Create(NgramPool words, NgramPool chars, IReadOnlyList<string?> wordSlotNames)
    {
        if (words.NgramLength > 2 || chars.NgramLength > 8 || wordSlotNames.Count != words.Sequences.Length)
        {
            return null;
        }
        var terms = new Dictionary<string, uint>(StringComparer.Ordinal);
        var shortWords = new PackedWordTable(words.Sequences.Count(s => s.Length == 1));
        for (var id = 0; id < words.Sequences.Length; id++)
        {
            if (words.Sequences[id].Length != 1)
            {
                continue;
            }
            if (wordSlotNames[id] is not { } term || !terms.TryAdd(term, words.Sequences[id][0]))
            {
                return null;
            }
            // A term is one word's unigram: its key and its slot, found at once for a short ASCII word.
            shortWords.TryAdd(PackedWordTable.Pack(term), words.Sequences[id][0], id);
        }
        return CharNgramTable.Create(chars) is { } table && WordIds(words) is { } wordIds
            ? new NgramTextFeaturizer(table, chars.NgramLength, terms, wordIds, shortWords) { CharWidth = chars.Sequences.Length, WordWidth = words.Sequences.Length }
            : null;
    }

    /// <summary>Adds the text's features (slot + <paramref name="offset"/>, value) to <paramref name="features"/>; false, adding nothing, for a text holding U+0000 or U+FFFF (not characters ML.NET's keys can hold).</summary>
    // Hot for every paper: compiled optimised at once, since a short-lived tag never reaches the optimising tier for long.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryFeaturize(string text, int offset, SparseAccumulator features, NgramRows rows)
    {
        if (text.AsSpan().IndexOfAny('\0', '\uFFFF') >= 0)
        {
            return false;
        }
        // The normalised text between its markers, as the character n-grams read it; the words read it without them.
        var buffer = features.TextBuffer(text.Length + 2);
        var length = TextNormaliser.Normalise(text, buffer[1..]).Length;
        if (length == 0)
        {
            return true;
        }
        buffer[0] = StartMarker;
        buffer[length + 1] = EndMarker;
        var from = features.Count;
        AddChars(buffer[..(length + 2)], offset, features);
        features.WeighAndNormalise(from, rows);
        from = features.Count;
        AddWords(buffer.Slice(1, length), offset + CharWidth, features);
        features.WeighAndNormalise(from, rows);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddChars(ReadOnlySpan<char> text, int offset, SparseAccumulator features)
    {
        var length = text.Length;
        for (var start = 0; start < length; start++)
        {
            // The fitted n-grams are closed under prefixes (every n-gram was counted with each shorter one from its start),
            // so once a prefix is unknown no longer n-gram from this start can be known.
            var first = text[start];
            var id = _chars.Unigram(first);
            if (id < 0)
            {
                continue;
            }
            features.Add(offset + id);
            if (_charLength < 2 || start + 1 >= length)
            {
                continue;
            }
            var second = text[start + 1];
            if ((id = _chars.Bigram(first, id, second)) < 0)
            {
                continue;
            }
            features.Add(offset + id);
            var key = CharNgramTable.Pack(CharNgramTable.Pack(1, first, 1), second, 2);
            for (var n = 2; n < _charLength && start + n < length; n++)
            {
                var c = text[start + n];
                key = CharNgramTable.Pack(key, c, n + 1);
                if ((id = _chars.Extend(key, id, c)) < 0)
                {
                    break;
                }
                features.Add(offset + id);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddWords(ReadOnlySpan<char> text, int offset, SparseAccumulator features)
    {
        uint previous = 0;
        foreach (var range in text.Split(' '))
        {
            var token = text[range];
            if (token.IsEmpty)
            {
                continue;
            }
            // An unknown word has no key: no n-gram through it counts.
            var (key, unigram) = Term(token);
            if (unigram >= 0)
            {
                features.Add(offset + unigram);
            }
            if (key != 0 && previous != 0 && _words.TryGetValue((ulong)previous << 32 | key, out var bigram))
            {
                features.Add(offset + bigram);
            }
            previous = key;
        }
    }

    // The word's term key and unigram slot (0 and -1 when unknown): a short ASCII word by its packed characters, any other through the terms.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private (uint Key, int Unigram) Term(ReadOnlySpan<char> token)
    {
        var packed = PackedWordTable.Pack(token);
        if (packed != 0)
        {
            return _shortWords.TryGetValue(packed, out var term, out var slot) ? (term, slot) : (0, -1);
        }
        var key = _terms.TryGetValue(token, out var k) ? k : 0;
        return key != 0 && _words.TryGetValue(key, out var unigram) ? (key, unigram) : (key, -1);
    }

    // A unigram by its key, a bigram by its two keys; null when a key is zero or beyond 32 bits, or an n-gram repeats.
    private static PackedKeyTable<int>? WordIds(NgramPool words)
    {
        var ids = new PackedKeyTable<int>(words.Sequences.Length);
        for (var id = 0; id < words.Sequences.Length; id++)
        {
            var s = words.Sequences[id];
            if (!ids.TryAdd(s.Length == 1 ? s[0] : (ulong)s[0] << 32 | s[1], id))
            {
                return null;
            }
        }
        return ids;
    }
}
