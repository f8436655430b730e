using Classifier.Core.Learning.Features.Ngrams;

namespace Classifier.Core.Tests.Learning.Features.Ngrams;

public sealed class CharNgramTableTests
{
    // "ab", "abc", "abcde", "abcdef" (past the packed length) and "éa", "éab" (not ASCII), with their prefixes.
    private static readonly string[] s_ngrams = ["a", "b", "c", "d", "e", "f", "é", "ab", "abc", "abcd", "abcde", "abcdef", "éa", "éab", "ba"];

    [Fact]
    public void Lookups_AlongEachNgramsPrefixes_FindEveryNgramsOwnId()
    {
        var table = CharNgramTable.Create(Pool(s_ngrams, 6))!;

        var found = s_ngrams.Select(Find(table)).ToArray();

        Assert.Equal(Enumerable.Range(0, s_ngrams.Length), found);
    }

    [Theory]
    [InlineData("g")]
    [InlineData("ac")]
    [InlineData("abd")]
    [InlineData("abcdx")]
    [InlineData("abcdeg")]
    [InlineData("éb")]
    [InlineData("éac")]
    public void Lookup_OfAnNgramNotInThePool_GivesNone(string ngram)
    {
        var table = CharNgramTable.Create(Pool(s_ngrams, 6))!;

        Assert.Equal(-1, Find(table)(ngram));
    }

    [Fact]
    public void Create_WhenAnNgramsPrefixIsMissing_GivesNone()
    {
        Assert.Null(CharNgramTable.Create(Pool(["a", "abc"], 3)));
    }

    [Fact]
    public void Create_WhenAnNgramRepeats_GivesNone()
    {
        Assert.Null(CharNgramTable.Create(Pool(["a", "b", "ab", "ab"], 2)));
    }

    [Fact]
    public void Create_WhenAKeyIsNotAUtf16Unit_GivesNone()
    {
        var pool = new NgramPool(2, [[97], [0x10000]], [1, 1]);

        Assert.Null(CharNgramTable.Create(pool));
    }

    private static NgramPool Pool(string[] ngrams, int length) =>
        new(length, [.. ngrams.Select(n => n.Select(c => (uint)c).ToArray())], [.. ngrams.Select(_ => 1.0)]);

    // Walks the n-gram as the featurizer does, from its first character on; -1 once a prefix is unknown.
    private static Func<string, int> Find(CharNgramTable table) => ngram =>
    {
        var id = table.Unigram(ngram[0]);
        if (id < 0 || ngram.Length == 1)
        {
            return id;
        }
        id = table.Bigram(ngram[0], id, ngram[1]);
        var key = CharNgramTable.Pack(CharNgramTable.Pack(1, ngram[0], 1), ngram[1], 2);
        for (var n = 2; n < ngram.Length && id >= 0; n++)
        {
            key = CharNgramTable.Pack(key, ngram[n], n + 1);
            id = table.Extend(key, id, ngram[n]);
        }
        return id;
    };
}
