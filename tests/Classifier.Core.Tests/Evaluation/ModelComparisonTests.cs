using Classifier.Core.Evaluation;

namespace Classifier.Core.Tests.Evaluation;

public sealed class ModelComparisonTests
{
    [Fact]
    public void Compare_SaysWhichCategoriesGotBetterOrWorse()
    {
        string[] labels = ["a", "b", "c"];
        var previous = Report(MetricsCalculator.Score(labels, [0, 1, 2, 2], [0, 0, 2, 2]));
        var current = Report(MetricsCalculator.Score(labels, [0, 1, 2, 2], [0, 1, 2, 0]));

        var comparison = ModelComparison.Compare(previous, current);

        var verdicts = comparison.PerCategory.ToDictionary(c => c.Category, c => c.Verdict);
        Assert.Equal(Verdict.Same, verdicts["a"]);
        Assert.Equal(Verdict.Better, verdicts["b"]);
        Assert.Equal(Verdict.Worse, verdicts["c"]);
        Assert.Equal(1.0 - 0.0, comparison.PerCategory.Single(c => c.Category == "b").Delta, precision: 6);
    }

    private static EvaluationReport Report(ClassificationMetrics metrics) => new("test", 4, 4, metrics, metrics);
}
