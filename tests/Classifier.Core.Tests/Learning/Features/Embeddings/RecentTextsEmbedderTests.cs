using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Papers;
using Classifier.Core.Lists;
using Classifier.Core.Tests.Support;

namespace Classifier.Core.Tests.Learning.Features.Embeddings;

public sealed class RecentTextsEmbedderTests
{
    private static Paper Titled(string title) => new() { Title = title };

    [Fact]
    public void Embed_WhenTheGateAskedForTheSameTitlesFirst_EncodesEachTitleOnce()
    {
        var inner = new HashingEmbedder();
        var recent = new RecentTextsEmbedder(inner, capacity: 8);
        Paper[] byTitle = [Titled("Segment anything"), Titled("Depth from one photograph")];

        var gate = recent.Embed([.. byTitle.Select(p => new Paper { Title = p.Title })]);
        var rows = recent.Embed(byTitle);

        Assert.Equal(2, inner.Embedded);
        Assert.Equal(gate, rows);
        Assert.Equal(new HashingEmbedder().Embed(byTitle), rows);
    }

    [Fact]
    public void Embed_WhenATextRepeatsInOneCall_EncodesItOnceAndAnswersBoth()
    {
        var inner = new HashingEmbedder();
        var recent = new RecentTextsEmbedder(inner, capacity: 8);

        var vectors = recent.Embed([Titled("A"), Titled("B"), Titled("A")]);

        Assert.Equal(2, inner.Embedded);
        Assert.Equal(vectors[0], vectors[2]);
        Assert.NotEqual(vectors[0], vectors[1]);
    }

    [Fact]
    public void Embed_WhenMoreTextsThanItsCapacityCameBetween_EncodesTheOldTextAgain()
    {
        var inner = new HashingEmbedder();
        var recent = new RecentTextsEmbedder(inner, capacity: 2);

        recent.Embed([Titled("first")]);
        recent.Embed([Titled("second"), Titled("third")]);
        recent.Embed([Titled("first"), Titled("third")]);

        Assert.Equal(4, inner.Embedded);
    }

    [Fact]
    public void Embed_WithTheRealEncoder_GivesTheVectorsOfThePlainEmbedder()
    {
        // Titles alone and titles with summaries mixed, as a tagging batch arrives: the remembered title vectors came
        // from a batch of titles, the plain ones from the mixed batch, so they may differ by rounding only.
        var papers = ListParser.Read(RepoData.March).Papers.Take(48).Select((p, i) => i % 2 == 0 ? p with { Summary = "" } : p).ToList();
        using var plainEncoder = new MiniLmPaperEmbedder();
        using var recentEncoder = new MiniLmPaperEmbedder();
        var recent = new RecentTextsEmbedder(recentEncoder, capacity: 192);

        var plain = plainEncoder.Embed(papers);
        recent.Embed([.. papers.Select(p => new Paper { Title = p.Title })]);
        var remembered = recent.Embed(papers);

        for (var i = 0; i < papers.Count; i++)
        {
            var cosine = plain[i].Zip(remembered[i], (a, b) => (double)a * b).Sum();
            Assert.True(cosine > 0.99999, $"paper {i}: cosine {cosine}");
        }
    }
}
