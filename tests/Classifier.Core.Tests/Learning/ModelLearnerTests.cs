using Classifier.Core.Learning;
using Classifier.Core.Learning.Candidates;

namespace Classifier.Core.Tests.Learning;

public sealed class ModelLearnerTests(LearnedBundleFixture fixture) : IClassFixture<LearnedBundleFixture>
{
    [Fact]
    public void Learn_RecordsTheComparisonAndPicksTheBestMacroF1()
    {
        var metadata = fixture.Bundle.Metadata;

        Assert.Equal(2, metadata.TrainerComparison.Count);
        Assert.Equal(metadata.TrainerComparison.Max(t => t.MacroF1), metadata.CrossValidation.Model.MacroF1);
        Assert.Contains(metadata.Trainer, metadata.SelectionReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Learn_KeepsOneOutOfFoldRecordPerTrainingPaper()
    {
        var metadata = fixture.Bundle.Metadata;

        Assert.Equal(fixture.Months.Sum(m => m.Papers.Count), metadata.RowCount);
        Assert.Equal(metadata.RowCount, fixture.Bundle.OutOfFold.Count);
        Assert.All(fixture.Bundle.OutOfFold, r => Assert.Equal(9, r.Probabilities.Length));
        Assert.Equal(["2023-03", "2023-04"], metadata.Months);
        Assert.NotNull(metadata.HeldOutMonth);
        Assert.Equal(64, metadata.DataHash.Length);
    }

    [Fact]
    public void Learn_WithTheSameDataAndSeed_GivesTheSameMetrics()
    {
        var again = ModelLearner.Learn(fixture.Months, LearnedBundleFixture.Options with { Candidates = [fixture.Bundle.Metadata.Options] });

        Assert.Equal(fixture.Bundle.Metadata.CrossValidation.Model.MacroF1, again.Metadata.CrossValidation.Model.MacroF1);
        Assert.Equal(fixture.Bundle.Metadata.Calibration.Temperature, again.Metadata.Calibration.Temperature);
        Assert.Equal(fixture.Bundle.OutOfFold.Select(r => r.Probabilities), again.OutOfFold.Select(r => r.Probabilities));
    }

    [Fact]
    public void Learn_WithSeveralCandidates_RecordsThatTheComparisonRanHere()
    {
        var metadata = fixture.Bundle.Metadata;

        Assert.Equal(ComparisonOrigin.RunInThisTraining, metadata.ComparisonOrigin);
        Assert.Equal(metadata.DataHash, metadata.ComparisonDataHash);
    }

    [Fact]
    public void Learn_WithThePreviousWinnerOnly_CarriesTheComparisonOver()
    {
        var previous = fixture.Bundle.Metadata;
        var fewer = fixture.Months.Select(m => m with { Papers = m.Papers.Skip(1).ToList() }).ToList();

        var metadata = ModelLearner.Learn(fewer, LearnerOptions.Retrain(previous, folds: 3)).Metadata;

        Assert.Equal(ComparisonOrigin.CarriedOver, metadata.ComparisonOrigin);
        Assert.Equal(previous.TrainerComparison, metadata.TrainerComparison);
        Assert.Equal(previous.SelectionReason, metadata.SelectionReason);
        Assert.Equal(previous.DataHash, metadata.ComparisonDataHash);
        Assert.NotEqual(previous.DataHash, metadata.DataHash);
        Assert.Equal(previous.Options, metadata.Options);
    }

    [Fact]
    public void Learn_WithAnotherSingleConfiguration_RecordsThatNoComparisonRan()
    {
        var previous = fixture.Bundle.Metadata;
        var other = LearnedBundleFixture.Options.Candidates.First(c => c != previous.Options);

        var metadata = ModelLearner.Learn(fixture.Months, LearnerOptions.ForConfiguration(other, folds: 3) with { Previous = previous }).Metadata;

        Assert.Equal(ComparisonOrigin.NotRun, metadata.ComparisonOrigin);
        Assert.Equal([other], metadata.TrainerComparison.Select(t => t.Options));
        Assert.Contains("only candidate", metadata.SelectionReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Retrain_WithAnotherSeed_UsesItAndCarriesNothingOver()
    {
        var previous = fixture.Bundle.Metadata;

        var options = LearnerOptions.Retrain(previous, seed: previous.Seed + 1);

        Assert.Equal(previous.Options with { Seed = previous.Seed + 1 }, Assert.Single(options.Candidates));
        Assert.Equal(previous, options.Previous);
    }

    [Fact]
    public void Retrain_WithoutAPreviousBundle_UsesTheRecommendedConfiguration()
    {
        var options = LearnerOptions.Retrain(previous: null, seed: 3);

        Assert.Equal(TrainerCandidates.Recommended(3), Assert.Single(options.Candidates));
    }
}
