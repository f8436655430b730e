using System.Runtime.CompilerServices;

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

    private readonly PackedKeyTable<WordTerm> _words;

    public PackedWordTable(int capacity) => _words = new PackedKeyTable<WordTerm>(capacity);

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
    public bool TryAdd(ulong key, uint term, int unigram) => _words.TryAdd(key, new WordTerm(term, unigram));

    /// <summary>The term key and unigram slot of the packed word <paramref name="key"/>; false (and 0, -1) when the column does not know it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(ulong key, out uint term, out int unigram)
    {
        var found = _words.TryGetValue(key, out var word);
        (term, unigram) = found ? (word.Term, word.Unigram) : (0u, -1);
        return found;
    }

    private readonly record struct WordTerm(uint Term, int Unigram);
}
