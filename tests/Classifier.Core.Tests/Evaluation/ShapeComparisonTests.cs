using Classifier.Core.Evaluation;
using Classifier.Core.Learning.Gate;
using Classifier.Core.Tests.Learning;
using Classifier.Core.Tests.Support;

namespace Classifier.Core.Tests.Evaluation;

public sealed class ShapeComparisonTests
{
    [Fact]
    public void Run_ReportsEachModelAndTheBaselineInEveryShape_BothWays()
    {
        var months = SyntheticPapers.MonthsWithOutOfScope(3, perCategory: 3, outOfScope: 6);
        ShapeCandidate[] candidates = [new("gated", FastOptions.Lbfgs, new GateOptions()), new("tenth class", FastOptions.Lbfgs, null)];

        var report = ShapeComparison.Run(months, candidates, new HashingEmbedder(), maxInScopeAbstain: 0.06);

        Assert.Equal(3 * 3, report.CrossValidation.Count);
        Assert.Equal(3 * 3, report.HeldOut.Count);
        Assert.Equal("May 2023", report.HeldOutMonth);
        var baseline = report.CrossValidation.Where(r => r.Model == "majority baseline").ToList();
        Assert.All(baseline, r => Assert.Equal(0, r.InScopeAbstain));
        Assert.All(baseline, r => Assert.Equal(0, r.OutOfScopeRecall));
        var gated = report.CrossValidation.Single(r => r.Model == "gated" && r.Shape == InputShape.TitleOnly);
        Assert.True(gated.Accuracy > baseline.Single(r => r.Shape == InputShape.TitleOnly).Accuracy);
    }
}
