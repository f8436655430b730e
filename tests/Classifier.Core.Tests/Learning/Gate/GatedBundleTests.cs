using Classifier.Core.Evaluation;
using Classifier.Core.Learning;
using Classifier.Core.Learning.Bundles;
using Classifier.Core.Learning.Candidates;
using Classifier.Core.Learning.Gate;
using Classifier.Core.Papers;
using Classifier.Core.Tagging;
using Classifier.Core.Tests.Support;

namespace Classifier.Core.Tests.Learning.Gate;

/// <summary>A gated bundle learned once from three synthetic months with out-of-scope papers, with the real encoder (its files are checked on load).</summary>
public sealed class GatedBundleFixture
{
    public GatedBundleFixture()
    {
        Months = SyntheticPapers.MonthsWithOutOfScope(3, perCategory: 3, outOfScope: 6);
        Bundle = ModelLearner.Learn(Months, LearnerOptions.ForConfiguration(FastOptions.Lbfgs) with { Embedder = SharedEmbedder.Value });
    }

    internal IReadOnlyList<LabelledMonth> Months { get; }

    internal ModelBundle Bundle { get; }
}

public sealed class GatedBundleTests(GatedBundleFixture fixture) : IClassFixture<GatedBundleFixture>, IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Learn_WithOutOfScopePapers_GatesThemAndMeasuresEveryShapeOneMonthOutAtATime()
    {
        var metadata = fixture.Bundle.Metadata;

        Assert.Equal(3, metadata.FormatVersion);
        Assert.NotNull(metadata.Gate);
        Assert.Equal(Taxonomy.OutOfScope.Name, metadata.Labels[^1]);
        Assert.StartsWith("leave-one-month-out cross-validation (3 months)", metadata.CrossValidation.Split);
        Assert.Equal(InputShapes.All, metadata.ShapesCrossValidation!.Select(s => s.Shape));
        Assert.Equal(["2023-03", "2023-04", "2023-05"], fixture.Bundle.OutOfFold.Select(r => r.Month).Distinct());
        Assert.Equal(fixture.Bundle.OutOfFold.Select(r => r.Month == "2023-03" ? 0 : r.Month == "2023-04" ? 1 : 2), fixture.Bundle.OutOfFold.Select(r => r.Fold));
    }

    [Fact]
    public void Tag_WithoutReasons_ScoresTheGatedNgramModelFromItsTablesWithoutLoadingEitherPipeline()
    {
        var directory = _temp.PathOf("model");
        var papers = fixture.Months[0].Papers.Take(4).Concat(SyntheticPapers.OutOfScope(2, seed: 5)).ToList();
        ModelBundleStore.Save(fixture.Bundle, directory);
        var loaded = ModelBundleStore.Load(directory);

        var results = new PaperTagger(loaded, reasonCount: 0, neighbourCount: 0).Tag(papers).ToList();

        Assert.True(File.Exists(Path.Combine(directory, SemanticTablesFile.FileName)));
        Assert.False(loaded.Model.IsPipelineLoaded);
        Assert.False(loaded.Model.Gate!.IsPipelineLoaded);
        var expected = new PaperTagger(fixture.Bundle, reasonCount: 0, neighbourCount: 0).Tag(papers).ToList();
        Assert.Equal(expected.Select(r => r.Ranked.Select(c => c.Category)), results.Select(r => r.Ranked.Select(c => c.Category)));
        Assert.All(expected.Zip(results), pair => Assert.All(
            pair.First.Ranked.Zip(pair.Second.Ranked),
            r => Assert.InRange(r.Second.Probability, r.First.Probability - 1e-5, r.First.Probability + 1e-5)));
    }

    [Fact]
    public void Load_AfterSave_ScoresPapersAsBeforeWithTheGateFiles()
    {
        var directory = _temp.PathOf("model");
        var papers = fixture.Months[0].Papers.Take(4).Concat(SyntheticPapers.OutOfScope(2, seed: 5)).ToList();

        ModelBundleStore.Save(fixture.Bundle, directory);
        var loaded = ModelBundleStore.Load(directory);

        Assert.All(GateBundleFiles.All, name => Assert.True(File.Exists(Path.Combine(directory, name)), name));
        Assert.NotNull(loaded.Model.Gate);
        var before = fixture.Bundle.Model.PredictProbabilities(papers);
        var after = loaded.Model.PredictProbabilities(papers);
        Assert.All(before.Zip(after), pair => Assert.Equal(pair.First, pair.Second, (a, b) => Math.Abs(a - b) < 1e-5));
    }

    [Fact]
    public void Load_WhenAGateFileIsMissing_FailsWithOneLineNamingIt()
    {
        var directory = _temp.PathOf("model");
        ModelBundleStore.Save(fixture.Bundle, directory);
        File.Delete(Path.Combine(directory, GateBundleFiles.ExamplesFile));

        var error = Assert.Throws<ModelBundleException>(() => ModelBundleStore.Load(directory));

        Assert.Equal($"{Path.Combine(directory, GateBundleFiles.ExamplesFile)}: missing; not a complete model bundle", error.Message);
    }

    [Fact]
    public void Tag_WithAGatedBundle_TellsAnOutOfScopeTitleThatNoCategoryFits()
    {
        var tagger = new Core.Tagging.PaperTagger(fixture.Bundle);

        var results = tagger.Tag([.. SyntheticPapers.OutOfScope(4, seed: 8), .. SyntheticPapers.Create(perCategory: 1, seed: 8)]).ToList();

        Assert.True(results.Take(4).Count(r => r.NoCategoryFits) >= 3, string.Join(", ", results.Select(r => r.Ranked[0])));
        Assert.True(results.Skip(4).Count(r => r.NoCategoryFits) <= 2);
    }
}
