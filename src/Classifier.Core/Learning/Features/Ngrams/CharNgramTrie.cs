namespace Classifier.Core.Learning.Features.Ngrams;

/// <summary>A character pool as a trie: each n-gram's prefix (its parent) and a depth-first numbering of the n-grams.</summary>
internal sealed class CharNgramTrie
{
    private readonly int[] _parents;

    private CharNgramTrie(int[] parents) => _parents = parents;

    /// <summary>Each n-gram's prefix's slot, -1 for a unigram.</summary>
    public ReadOnlySpan<int> Parents => _parents;

    /// <summary>The trie of a pool; null when a key is not a UTF-16 unit (or U+0000), an n-gram's prefix is missing or an n-gram repeats.</summary>
    public static CharNgramTrie? Create(NgramPool chars)
    {
        var sequences = chars.Sequences;
        var longest = 0;
        foreach (var sequence in sequences)
        {
            foreach (var key in sequence)
            {
                if (key is 0 or > char.MaxValue)
                {
                    return null;
                }
            }
            longest = Math.Max(longest, sequence.Length);
        }
        // By (prefix's slot + 1, last character); shorter n-grams first, so that every prefix is known when its extensions arrive.
        var slots = new Dictionary<ulong, int>(sequences.Length);
        var parents = new int[sequences.Length];
        for (var length = 1; length <= longest; length++)
        {
            for (var slot = 0; slot < sequences.Length; slot++)
            {
                var sequence = sequences[slot];
                if (sequence.Length != length)
                {
                    continue;
                }
                var parent = length == 1 ? -1 : Find(slots, sequence.AsSpan(0, length - 1));
                if ((length > 1 && parent < 0) || !slots.TryAdd(Key(parent, sequence[^1]), slot))
                {
                    return null;
                }
                parents[slot] = parent;
            }
        }
        return new CharNgramTrie(parents);
    }

    /// <summary>Each slot's row: its place in <paramref name="order"/>.</summary>
    public int[] Rows(NgramRowOrder order) => order == NgramRowOrder.Trie ? DepthFirstRows() : [.. Enumerable.Range(0, _parents.Length)];

    // Preorder, siblings in slot order: an n-gram, then the whole subtree of its first extension, then its second's.
    private int[] DepthFirstRows()
    {
        var count = _parents.Length;
        // Children in slot order as compressed lists: child[first[p] .. first[p + 1]) of node p, the roots under index count.
        var first = new int[count + 3];
        foreach (var parent in _parents)
        {
            first[(parent < 0 ? count : parent) + 2]++;
        }
        for (var p = 2; p < first.Length; p++)
        {
            first[p] += first[p - 1];
        }
        var children = new int[count];
        for (var slot = 0; slot < count; slot++)
        {
            var parent = _parents[slot];
            children[first[(parent < 0 ? count : parent) + 1]++] = slot;
        }
        var rows = new int[count];
        var next = 0;
        var stack = new Stack<int>();
        for (var r = first[count + 1] - 1; r >= first[count]; r--)
        {
            stack.Push(children[r]);
        }
        while (stack.TryPop(out var slot))
        {
            rows[slot] = next++;
            for (var c = first[slot + 1] - 1; c >= first[slot]; c--)
            {
                stack.Push(children[c]);
            }
        }
        return rows;
    }

    private static int Find(Dictionary<ulong, int> slots, ReadOnlySpan<uint> ngram)
    {
        var slot = -1;
        foreach (var key in ngram)
        {
            if (!slots.TryGetValue(Key(slot, key), out slot))
            {
                return -1;
            }
        }
        return slot;
    }

    private static ulong Key(int parent, uint c) => (ulong)(uint)(parent + 1) << 16 | c;
}
