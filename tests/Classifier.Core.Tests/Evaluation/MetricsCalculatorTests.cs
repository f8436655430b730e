using Classifier.Core.Evaluation;

namespace Classifier.Core.Tests.Evaluation;

public sealed class MetricsCalculatorTests
{
    [Fact]
    public void Score_CountsPrecisionRecallAndConfusion()
    {
        string[] labels = ["a", "b", "c"];
        int[] actual = [0, 0, 0, 1, 1, 2];
        int[] predicted = [0, 0, 1, 1, 1, 0];

        var metrics = MetricsCalculator.Score(labels, actual, predicted);

        Assert.Equal(4.0 / 6, metrics.Accuracy, precision: 6);
        Assert.Equal(2.0 / 3, metrics.PerCategory[0].Precision, precision: 6);
        Assert.Equal(2.0 / 3, metrics.PerCategory[0].Recall, precision: 6);
        Assert.Equal(1.0, metrics.PerCategory[1].Recall, precision: 6);
        Assert.Equal(0.0, metrics.PerCategory[2].F1);
        Assert.Equal((2.0 / 3 + 0.8 + 0) / 3, metrics.MacroF1, precision: 6);
        Assert.Equal([2, 1, 0], metrics.Confusion[0]);
        Assert.Equal(1, metrics.PerCategory[2].Support);
    }
}
