using Classifier.Core.Learning;
using Classifier.Core.Learning.Candidates;
using Classifier.Core.Learning.Features.Ngrams;
using Classifier.Core.Lists;
using Classifier.Core.Tagging;
using Classifier.Core.Tests.Learning;
using Classifier.Core.Tests.Learning.Features.Ngrams;

namespace Classifier.Core.Tests.Tagging;

public sealed class PaperTaggerDirectTests(LearnedBundleFixture fixture) : IClassFixture<LearnedBundleFixture>
{
    [Fact]
    public void Tag_WithoutReasons_GivesTheCursorsResultsInOrderThroughTheDirectScorerAndItsFallback()
    {
        var papers = LabelledDataReader.Read(RepoData.Folder).Months.SelectMany(m => m.Papers).ToList();
        var plain = ModelTrainer.Train(papers, new TrainingOptions { Trainer = TrainerKind.LbfgsMaximumEntropy, MaximumIterations = 20 }, fixture.Bundle.Model.Labels);
        var zip = LinearNgramScorerTests.Save(plain);
        var direct = new TrainedModel(plain.Ml, plain.Transformer, plain.InputSchema, plain.Labels, direct: () => LinearNgramScorer.TryCreate(plain.Transformer, plain.InputSchema, zip));

        var expected = new PaperTagger(fixture.Bundle with { Model = plain }, reasonCount: 0, neighbourCount: 0).Tag(papers).ToList();
        var actual = new PaperTagger(fixture.Bundle with { Model = direct }, reasonCount: 0, neighbourCount: 0).Tag(papers).ToList();

        // Some papers are not ASCII and go through the fallback engine; all must come back in input order.
        Assert.Contains(papers, p => (p.Title + p.Summary).Any(c => c > '~'));
        Assert.Equal(papers, actual.Select(r => r.Paper));
        Assert.Equal(expected.Select(r => r.Ranked[0].Category), actual.Select(r => r.Ranked[0].Category));
        Assert.Equal(expected.Select(r => r.NoCategoryFits), actual.Select(r => r.NoCategoryFits));
        foreach (var (e, a) in expected.Zip(actual))
        {
            var probabilities = a.Ranked.ToDictionary(r => r.Category, r => r.Probability);
            Assert.All(e.Ranked, r => Assert.InRange(probabilities[r.Category], r.Probability - 1e-5, r.Probability + 1e-5));
        }
    }
}
