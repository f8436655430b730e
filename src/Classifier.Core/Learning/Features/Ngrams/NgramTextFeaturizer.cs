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
/// </remarks>
internal sealed class NgramTextFeaturizer
{
    private const char StartMarker = '\u0002';
    private const char EndMarker = '\u0003';

    // A character n-gram's id by (1 + the id of the n-gram one character shorter, 0 for none) << 16 | its last character.
    private readonly NgramIdTable _chars;
    private readonly int _charLength;
    private readonly double[] _charIdf;
    private readonly Dictionary<string, uint> _terms;
    private readonly NgramIdTable _words;
    private readonly double[] _wordIdf;

    private NgramTextFeaturizer(NgramPool chars, NgramPool words, Dictionary<string, uint> terms, NgramIdTable charTransitions, NgramIdTable wordIds)
    {
        _chars = charTransitions;
        _charLength = chars.NgramLength;
        _charIdf = chars.InverseDocumentFrequencies;
        _wordIdf = words.InverseDocumentFrequencies;
        _terms = terms;
        _words = wordIds;
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
        for (var id = 0; id < words.Sequences.Length; id++)
        {
            if (words.Sequences[id].Length == 1 && (wordSlotNames[id] is not { } term || !terms.TryAdd(term, words.Sequences[id][0])))
            {
                return null;
            }
        }
        return CharTransitions(chars) is { } transitions && WordIds(words) is { } wordIds
            ? new NgramTextFeaturizer(chars, words, terms, transitions, wordIds) { CharWidth = chars.Sequences.Length, WordWidth = words.Sequences.Length }
            : null;
    }

    /// <summary>Adds the text's features (slot + <paramref name="offset"/>, value) to <paramref name="features"/>; false, adding nothing, for a text holding U+0000 or U+FFFF (not characters ML.NET's keys can hold).</summary>
    // Hot for every paper: compiled optimised at once, since a short-lived tag never reaches the optimising tier for long.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryFeaturize(string text, int offset, SparseAccumulator features)
    {
        if (text.AsSpan().IndexOfAny('\0', '\uFFFF') >= 0)
        {
            return false;
        }
        var normalised = TextNormaliser.Normalise(text);
        if (normalised.Length == 0)
        {
            return true;
        }
        AddChars(normalised, offset, features);
        AddWords(normalised, offset + CharWidth, features);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddChars(string text, int offset, SparseAccumulator features)
    {
        var from = features.Count;
        var length = text.Length + 2;
        for (var start = 0; start < length; start++)
        {
            ulong node = 0;
            for (var n = 0; n < _charLength && start + n < length; n++)
            {
                // The fitted n-grams are closed under prefixes (every n-gram was counted with each shorter one from its start),
                // so once a prefix is unknown no longer n-gram from this start can be known.
                if (!_chars.TryGetValue(node << 16 | CharAt(text, start + n), out var id))
                {
                    break;
                }
                features.Add(offset + id, 1);
                node = (ulong)id + 1;
            }
        }
        features.WeighAndNormalise(from, offset, _charIdf);
    }

    private static char CharAt(string text, int index) =>
        index == 0 ? StartMarker : index == text.Length + 1 ? EndMarker : text[index - 1];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    // Each n-gram's transition from its prefix; null when a key is not a UTF-16 unit or a prefix is missing.
    private static NgramIdTable? CharTransitions(NgramPool chars)
    {
        var transitions = new NgramIdTable(chars.Sequences.Length);
        foreach (var id in Enumerable.Range(0, chars.Sequences.Length).OrderBy(i => chars.Sequences[i].Length))
        {
            var sequence = chars.Sequences[id];
            ulong node = 0;
            for (var k = 0; k < sequence.Length - 1; k++)
            {
                if (sequence[k] > char.MaxValue || !transitions.TryGetValue(node << 16 | sequence[k], out var prefix))
                {
                    return null;
                }
                node = (ulong)prefix + 1;
            }
            if (sequence[^1] > char.MaxValue || !transitions.TryAdd(node << 16 | sequence[^1], id))
            {
                return null;
            }
        }
        return transitions;
    }

    // A unigram by its key, a bigram by its two keys; null when a key is zero or beyond 32 bits, or an n-gram repeats.
    private static NgramIdTable? WordIds(NgramPool words)
    {
        var ids = new NgramIdTable(words.Sequences.Length);
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
