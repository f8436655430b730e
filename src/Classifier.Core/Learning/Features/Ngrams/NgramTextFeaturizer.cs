namespace Classifier.Core.Learning.Features.Ngrams;

/// <summary>
/// One FeaturizeText column (lower case, word 1..n and character 1..m n-grams with TF-IDF, each L2-normalised) computed
/// directly from its fitted n-grams, for printable ASCII text only: ML.NET's normaliser maps other characters in ways
/// this does not copy, so such a text is refused and scored through ML.NET.
/// </summary>
/// <remarks>
/// ML.NET's order is kept: the character slots first, then the word slots (TextFeaturizingEstimator concatenates "Char"
/// before "Word"). The characters are those of the whole normalised text between the start and end markers 0x02 and 0x03
/// (none at all for an empty text); words are split on spaces; an n-gram counts when every one of its keys is known.
/// </remarks>
internal sealed class NgramTextFeaturizer
{
    private const char StartMarker = '\u0002';
    private const char EndMarker = '\u0003';

    private readonly Dictionary<ulong, int> _chars;
    private readonly int _charLength;
    private readonly double[] _charIdf;
    private readonly Dictionary<string, uint> _terms;
    private readonly Dictionary<ulong, int> _words;
    private readonly double[] _wordIdf;

    private NgramTextFeaturizer(NgramPool chars, NgramPool words, Dictionary<string, uint> terms)
    {
        _charLength = chars.NgramLength;
        _charIdf = chars.InverseDocumentFrequencies;
        _wordIdf = words.InverseDocumentFrequencies;
        _terms = terms;
        _chars = new Dictionary<ulong, int>();
        for (var id = 0; id < chars.Sequences.Length; id++)
        {
            // N-grams of characters beyond ASCII can never match an ASCII text; they are left out of the table.
            if (chars.Sequences[id].All(c => c is > 0 and < 0x80))
            {
                _chars.Add(PackChars(chars.Sequences[id]), id);
            }
        }
        _words = new Dictionary<ulong, int>();
        for (var id = 0; id < words.Sequences.Length; id++)
        {
            var s = words.Sequences[id];
            _words.Add(s.Length == 1 ? s[0] : (ulong)s[0] << 32 | s[1], id);
        }
    }

    /// <summary>Slots this column fills: its character n-grams, then its word n-grams.</summary>
    public int Width => CharWidth + _words.Count;

    private int CharWidth { get; init; }

    /// <summary>The featurizer of one column; null when its pools are not what this reproduces (words longer than bigrams, characters longer than 8).</summary>
    /// <param name="wordSlotNames">The column's word slot names, in slot order: a unigram's name is its term (the others may be null).</param>
    public static NgramTextFeaturizer? Create(NgramPool words, NgramPool chars, IReadOnlyList<string?> wordSlotNames)
    {
        if (words.NgramLength > 2 || chars.NgramLength > 8 || wordSlotNames.Count != words.Sequences.Length)
        {
            return null;
        }
        var terms = new Dictionary<string, uint>(StringComparer.Ordinal);
        for (var id = 0; id < words.Sequences.Length; id++)
        {
            if (words.Sequences[id].Length == 1 && (wordSlotNames[id] is not { } term || !terms.TryAdd(term, words.Sequences[id][0])))
            {
                return null;
            }
        }
        return new NgramTextFeaturizer(chars, words, terms) { CharWidth = chars.Sequences.Length };
    }

    /// <summary>Adds the text's features (slot + <paramref name="offset"/>, value) to <paramref name="features"/>; false, adding nothing, when the text is not printable ASCII.</summary>
    public bool TryFeaturize(string text, int offset, SparseAccumulator features)
    {
        foreach (var c in text)
        {
            if (c is < ' ' or > '~')
            {
                return false;
            }
        }
        if (text.Length == 0)
        {
            return true;
        }
        var lower = text.ToLowerInvariant();
        AddChars(lower, offset, features);
        AddWords(lower, offset + CharWidth, features);
        return true;
    }

    private void AddChars(string text, int offset, SparseAccumulator features)
    {
        var from = features.Count;
        var length = text.Length + 2;
        for (var start = 0; start < length; start++)
        {
            ulong key = 0;
            for (var n = 0; n < _charLength && start + n < length; n++)
            {
                key = key << 8 | CharAt(text, start + n);
                // The fitted n-grams are closed under prefixes (every n-gram was counted with each shorter one from its start),
                // so once a prefix is unknown no longer n-gram from this start can be known.
                if (!_chars.TryGetValue(key, out var id))
                {
                    break;
                }
                features.Add(offset + id, 1);
            }
        }
        features.WeighAndNormalise(from, offset, _charIdf);
    }

    private static char CharAt(string text, int index) =>
        index == 0 ? StartMarker : index == text.Length + 1 ? EndMarker : text[index - 1];

    private void AddWords(string text, int offset, SparseAccumulator features)
    {
        var from = features.Count;
        uint previous = 0;
        foreach (var token in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            // An unknown word has no key: no n-gram through it counts.
            var key = _terms.TryGetValue(token, out var k) ? k : 0;
            if (key != 0 && _words.TryGetValue(key, out var unigram))
            {
                features.Add(offset + unigram, 1);
            }
            if (key != 0 && previous != 0 && _words.TryGetValue((ulong)previous << 32 | key, out var bigram))
            {
                features.Add(offset + bigram, 1);
            }
            previous = key;
        }
        features.WeighAndNormalise(from, offset, _wordIdf);
    }

    private static ulong PackChars(uint[] sequence)
    {
        ulong key = 0;
        foreach (var c in sequence)
        {
            key = key << 8 | c;
        }
        return key;
    }
}
