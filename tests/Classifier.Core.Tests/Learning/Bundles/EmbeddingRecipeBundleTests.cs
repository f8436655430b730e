using Classifier.Core.Learning;
using Classifier.Core.Learning.Bundles;
using Classifier.Core.Learning.Candidates;
using Classifier.Core.Learning.Features;
using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Papers;
using Classifier.Core.Tagging;
using Classifier.Core.Tests.Support;

namespace Classifier.Core.Tests.Learning.Bundles;

/// <summary>Gated bundles learned once per embedding recipe from three synthetic months, with the real encoder (a load checks it).</summary>
public sealed class EmbeddingRecipeBundleFixture
{
    private readonly Dictionary<EmbeddingRecipe, ModelBundle> _bundles = [];

    internal IReadOnlyList<LabelledMonth> Months { get; } = SyntheticPapers.MonthsWithOutOfScope(3, perCategory: 3, outOfScope: 6);

    internal ModelBundle For(EmbeddingRecipe recipe)
    {
        lock (_bundles)
        {
            if (!_bundles.TryGetValue(recipe, out var bundle))
            {
                var options = FastOptions.Lbfgs with { Features = FeatureSet.NGramsAndEmbedding, Recipe = recipe };
                bundle = ModelLearner.Learn(Months, LearnerOptions.ForConfiguration(options) with { Embedder = SharedEmbedder.Value });
                _bundles[recipe] = bundle;
            }
            return bundle;
        }
    }
}

public sealed class EmbeddingRecipeBundleTests(EmbeddingRecipeBundleFixture fixture) : IClassFixture<EmbeddingRecipeBundleFixture>, IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private IReadOnlyList<Paper> Papers() =>
        [.. fixture.Months[0].Papers.Take(4), .. fixture.Months[0].Papers.Take(2).Select(p => p with { Summary = "" }), .. SyntheticPapers.OutOfScope(2, seed: 5)];

    [Fact]
    public void Recommended_ForNewBundles_IsTheTitleAndSummaryVectorsSideBySide()
    {
        Assert.Equal(EmbeddingRecipe.TitleSummaryConcatenation, TrainerCandidates.Recommended(seed: 1).Recipe);
        Assert.All(TrainerCandidates.All(seed: 1).Where(c => c.Features.UsesEmbedding()), c => Assert.Equal(EmbeddingRecipes.Default, c.Recipe));
    }

    [Fact]
    public void Load_AfterSave_ReadsTheRecipeBackAndScoresAsBefore()
    {
        var bundle = fixture.For(EmbeddingRecipe.TitleSummaryMean);
        var directory = _temp.PathOf("model");

        ModelBundleStore.Save(bundle, directory);
        var loaded = ModelBundleStore.Load(directory);

        Assert.Contains("\"Recipe\": \"TitleSummaryMean\"", File.ReadAllText(Path.Combine(directory, ModelBundleStore.MetadataFile)), StringComparison.Ordinal);
        Assert.Equal(EmbeddingRecipe.TitleSummaryMean, loaded.Model.Embedder!.Recipe);
        AssertSameScores(bundle.Model.PredictProbabilities(Papers()), loaded.Model.PredictProbabilities(Papers()));
    }

    [Fact]
    public void Load_WhenTheMetadataRecordsNoRecipe_KeepsTheJoinedTextEmbedding()
    {
        var bundle = fixture.For(EmbeddingRecipe.JoinedText);
        var directory = _temp.PathOf("model");
        ModelBundleStore.Save(bundle, directory);
        RewriteMetadata(directory, "\"Recipe\": \"JoinedText\",", "");

        var loaded = ModelBundleStore.Load(directory);

        Assert.Null(loaded.Metadata.Options.Recipe);
        Assert.Equal(EmbeddingRecipe.JoinedText, loaded.Model.Embedder!.Recipe);
        AssertSameScores(bundle.Model.PredictProbabilities(Papers()), loaded.Model.PredictProbabilities(Papers()));
    }

    [Fact]
    public void Load_WhenTheMetadataNamesARecipeOfAnotherWidthThanTheModel_RefusesWithOneLine()
    {
        var directory = _temp.PathOf("model");
        ModelBundleStore.Save(fixture.For(EmbeddingRecipe.TitleSummaryMean), directory);
        RewriteMetadata(directory, "\"Recipe\": \"TitleSummaryMean\"", "\"Recipe\": \"TitleSummaryConcatenation\"");

        var error = Assert.Throws<ModelBundleException>(() => ModelBundleStore.Load(directory));

        Assert.Contains(ModelBundleStore.EmbeddingsFile, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Tag_WithTheSideBySideRecipe_ReadsTheWiderVectorAndNamesNeighbours()
    {
        var bundle = fixture.For(EmbeddingRecipe.TitleSummaryConcatenation);
        var directory = _temp.PathOf("model");
        ModelBundleStore.Save(bundle, directory);

        var loaded = ModelBundleStore.Load(directory);
        var results = new PaperTagger(loaded).Tag(Papers()).ToList();

        Assert.Equal(2 * MiniLmModel.Dimension, loaded.Model.EmbeddingWidth);
        Assert.Equal(Papers().Count, results.Count);
        Assert.All(results.Where(r => !r.NoCategoryFits), r => Assert.NotEmpty(r.Neighbours));
        AssertSameScores(bundle.Model.PredictProbabilities(Papers()), loaded.Model.PredictProbabilities(Papers()));
    }

    [Fact]
    public void Retrain_FromABundleThatRecordsNoRecipe_MovesToTheDefaultAndKeepsARecordedOne()
    {
        var metadata = fixture.For(EmbeddingRecipe.JoinedText).Metadata;
        var unrecorded = metadata with { Options = metadata.Options with { Recipe = null } };

        Assert.Equal(EmbeddingRecipes.Default, LearnerOptions.Retrain(unrecorded).Candidates.Single().Recipe);
        Assert.Equal(EmbeddingRecipe.JoinedText, LearnerOptions.Retrain(metadata).Candidates.Single().Recipe);
    }

    private static void RewriteMetadata(string directory, string from, string to)
    {
        var path = Path.Combine(directory, ModelBundleStore.MetadataFile);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
        // A bundle from before the manifest loads without one; with it, any edit would be refused as a torn bundle.
        File.Delete(Path.Combine(directory, BundleManifest.FileName));
    }

    private static void AssertSameScores(float[][] before, float[][] after) =>
        Assert.All(before.Zip(after), pair => Assert.Equal(pair.First, pair.Second, (a, b) => Math.Abs(a - b) < 1e-5));
}
