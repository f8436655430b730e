using Classifier.Core.Tagging;

namespace Classifier.Core.Tests.Tagging;

public sealed class CalibratorTests
{
    // Ten predictions that say 0.95 for class 0 but are right only six times: overconfident.
    private static readonly float[][] Overconfident = Enumerable.Range(0, 10).Select(_ => new[] { 0.95f, 0.03f, 0.02f }).ToArray();
    private static readonly int[] Actual = [0, 0, 0, 0, 0, 0, 1, 1, 2, 2];

    [Fact]
    public void Calibrate_WhenOverconfident_FitsATemperatureAboveOneAndLowersEce()
    {
        var report = Calibrator.Calibrate(Overconfident, Actual);

        Assert.True(report.Temperature > 1, $"T = {report.Temperature}");
        Assert.True(report.After.ExpectedCalibrationError < report.Before.ExpectedCalibrationError);
        Assert.True(report.NegativeLogLikelihoodAfter < report.NegativeLogLikelihoodBefore);
        Assert.Equal(10, report.Before.Bins.Sum(b => b.Count));
    }

    [Fact]
    public void ChooseThreshold_TakesTheLowestConfidenceWhereAccuracyReachesTheTarget()
    {
        float[][] calibrated = [[0.9f, 0.1f], [0.8f, 0.2f], [0.7f, 0.3f], [0.6f, 0.4f], [0.55f, 0.45f]];
        int[] actual = [0, 0, 0, 1, 1];

        var threshold = Calibrator.ChooseThreshold(calibrated, actual, targetAccuracy: 0.75, minimumCoverage: 0.2);

        Assert.Equal(0.6, threshold.Value, precision: 5);
        Assert.Equal(0.8, threshold.Coverage, precision: 5);
        Assert.Equal(0.75, threshold.AccuracyAbove, precision: 5);
    }
}
