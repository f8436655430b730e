using Classifier.Core.Papers;
using Classifier.Core.Tagging;
using Classifier.Core.Tests.Learning;

namespace Classifier.Core.Tests.Tagging;

public sealed class PaperTaggerTests(LearnedBundleFixture fixture) : IClassFixture<LearnedBundleFixture>
{
    [Fact]
    public void Tag_RanksTheMatchingCategoryFirstWithReasons()
    {
        var tagger = new PaperTagger(fixture.Bundle, reasonCount: 3);
        var paper = new Paper { Title = "nerf reconstruction mesh", Summary = "novel-view reconstruction of scenes" };

        var result = tagger.Tag([paper]).Single();

        Assert.Equal(8, result.Ranked[0].Category.Number);
        Assert.Equal(9, result.Ranked.Count);
        Assert.Equal(1.0, result.Ranked.Sum(r => r.Probability), precision: 3);
        Assert.True(result.Ranked.Zip(result.Ranked.Skip(1)).All(x => x.First.Probability >= x.Second.Probability));
        Assert.NotEmpty(result.Reasons);
        Assert.Contains(result.Reasons, r => r.Ngram.Contains("nerf", StringComparison.Ordinal) || r.Ngram.Contains("reconstruction", StringComparison.Ordinal) || r.Ngram.Contains("mesh", StringComparison.Ordinal));
    }

    [Fact]
    public void Tag_WhenNothingMatches_IsLessConfidentThanForAClearPaper()
    {
        var tagger = new PaperTagger(fixture.Bundle);
        Paper clear = new() { Title = "panoptic segmentation with mask transformers" };
        Paper unrelated = new() { Title = "quarterly tax filing for bakeries" };

        var results = tagger.Tag([clear, unrelated]).ToList();

        Assert.True(results[1].Confidence < results[0].Confidence, $"{results[1].Confidence} vs {results[0].Confidence}");
        Assert.Equal(results[1].Confidence < fixture.Bundle.Metadata.Threshold.Value, results[1].NoCategoryFits);
        Assert.Equal(4, results[0].Proposed?.Number);
    }

    [Fact]
    public void Tag_StreamsALazySequenceOnceAndKeepsItsOrder()
    {
        var source = Enumerable.Repeat(fixture.Months.SelectMany(m => m.Papers), 8).SelectMany(p => p).ToList();
        var enumerations = 0;
        IEnumerable<Paper> Lazy()
        {
            enumerations++;
            for (var i = 0; i < source.Count; i++)
            {
                yield return source[i] with { Title = $"{source[i].Title} {i}" };
            }
        }

        var results = new PaperTagger(fixture.Bundle).Tag(Lazy()).ToList();

        Assert.Equal(1, enumerations);
        Assert.Equal(source.Select((p, i) => $"{p.Title} {i}"), results.Select(r => r.Paper.Title));
    }

    [Fact]
    public void Tag_WhenReadingThePapersFails_ThrowsTheReadersOwnExceptionAfterResultsInOrder()
    {
        var source = fixture.Months.SelectMany(m => m.Papers).ToList();
        IEnumerable<Paper> FailingAfterAll()
        {
            foreach (var paper in source)
            {
                yield return paper;
            }
            throw new FormatException("papers.jsonl:91: not a valid JSON object");
        }
        var results = new List<TagResult>();

        var thrown = Assert.Throws<FormatException>(() => results.AddRange(new PaperTagger(fixture.Bundle).Tag(FailingAfterAll())));

        Assert.Equal("papers.jsonl:91: not a valid JSON object", thrown.Message);
        // ML.NET reads ahead on its own threads, so how many results come before the failure varies; they are a prefix.
        Assert.Equal(source.Take(results.Count), results.Select(r => r.Paper));
    }
}
