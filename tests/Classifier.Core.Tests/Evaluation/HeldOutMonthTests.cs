using Classifier.Core.Evaluation;
using Classifier.Core.Papers;
using Classifier.Core.Tests.Learning;

namespace Classifier.Core.Tests.Evaluation;

public sealed class HeldOutMonthTests
{
    [Fact]
    public void HoldOutLatestMonth_WhenTheLatestMonthHasOutOfScopePapersAlone_HoldsOutTheLatestMonthWithInScopePapers()
    {
        var months = SyntheticPapers.Months(3, perCategory: 3).ToList();
        months.Add(new LabelledMonth(new Month(2023, 9), "out-of-scope.jsonl", SyntheticPapers.OutOfScope(12)));

        var report = Evaluator.HoldOutLatestMonth(months, FastOptions.Lbfgs);

        Assert.NotNull(report);
        Assert.Equal($"trained on months before {new Month(2023, 5)}, tested on {new Month(2023, 5)}", report.Split);
        Assert.Equal(27, report.TestCount);
        Assert.True(report.Model.Accuracy > 0);
    }
}
