using Classifier.Core.Evaluation;
using Classifier.Core.Tests.Learning;

namespace Classifier.Core.Tests.Evaluation;

public sealed class EvaluatorTests
{
    [Fact]
    public void CrossValidate_BeatsTheMajorityBaselineOnLearnableData()
    {
        var papers = SyntheticPapers.Create(perCategory: 6);

        var report = Evaluator.CrossValidate(papers, FastOptions.Sdca, folds: 3);

        Assert.Equal(papers.Count, report.TestCount);
        Assert.Equal(papers.Count, report.Model.Confusion.Sum(row => row.Sum()));
        Assert.True(report.Model.MacroF1 > report.Baseline.MacroF1 + 0.3, $"{report.Model.MacroF1} vs {report.Baseline.MacroF1}");
        Assert.Equal(1.0 / 9, report.Baseline.Accuracy, precision: 6);
    }

    [Fact]
    public void HoldOutLatestMonth_TrainsOnEarlierMonthsAndTestsOnTheLatest()
    {
        var months = SyntheticPapers.Months(3, perCategory: 3);

        var report = Evaluator.HoldOutLatestMonth(months, FastOptions.Sdca);

        Assert.NotNull(report);
        Assert.Equal(months[0].Papers.Count + months[1].Papers.Count, report.TrainCount);
        Assert.Equal(months[2].Papers.Count, report.TestCount);
        Assert.Contains("May 2023", report.Split, StringComparison.Ordinal);
        Assert.True(report.Model.Accuracy > report.Baseline.Accuracy, $"{report.Model.Accuracy} vs {report.Baseline.Accuracy}");
    }

    [Fact]
    public void HoldOutLatestMonth_WithOneMonth_ReturnsNull()
    {
        Assert.Null(Evaluator.HoldOutLatestMonth(SyntheticPapers.Months(1, perCategory: 2), FastOptions.Sdca));
    }
}
