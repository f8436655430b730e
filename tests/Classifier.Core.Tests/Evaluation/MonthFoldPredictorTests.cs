using Classifier.Core.Evaluation;
using Classifier.Core.Learning.Gate;
using Classifier.Core.Papers;
using Classifier.Core.Tests.Learning;
using Classifier.Core.Tests.Support;

namespace Classifier.Core.Tests.Evaluation;

public sealed class MonthFoldPredictorTests
{
    private static readonly IReadOnlyList<LabelledMonth> Months = SyntheticPapers.MonthsWithOutOfScope(3, perCategory: 4, outOfScope: 6);

    [Fact]
    public void Predict_HoldsOutEachMonthAsOneFold_InEveryShape()
    {
        var predictions = MonthFoldPredictor.Predict(Months, FastOptions.Lbfgs, new GateOptions(), new HashingEmbedder(), InputShapes.All);

        Assert.Equal(Months.Sum(m => m.Papers.Count), predictions.Papers.Count);
        Assert.Equal(Months.SelectMany((m, k) => m.Papers.Select(_ => k)), predictions.Folds);
        Assert.All(InputShapes.All, shape => Assert.All(predictions.Probabilities[shape], p => Assert.Equal(10, p.Length)));
    }

    [Fact]
    public void LatestInScopeFold_WhenTheLatestMonthHasOutOfScopePapersAlone_IsTheMonthBefore()
    {
        var onlyOutOfScope = new LabelledMonth(new Month(2023, 6), "out-of-scope.jsonl", SyntheticPapers.OutOfScope(4, seed: 9));
        var months = Months.Append(onlyOutOfScope).ToList();

        var predictions = MonthFoldPredictor.Predict(months, FastOptions.Lbfgs, new GateOptions(), new HashingEmbedder());

        Assert.Equal(2, predictions.LatestInScopeFold());
    }

    [Fact]
    public void Score_PerShape_ReportsAbstentionAndOutOfScopeRecallBesideAccuracy()
    {
        var predictions = MonthFoldPredictor.Predict(Months, FastOptions.Lbfgs, new GateOptions(), new HashingEmbedder(), InputShapes.All);

        var (cv, heldOut) = ShapeEvaluator.Score("gated", predictions, maxInScopeAbstain: 0.06);

        Assert.Equal(InputShapes.All, cv.Select(s => s.Shape));
        var titles = cv.Single(s => s.Shape == InputShape.TitleOnly);
        Assert.Equal(Months.Sum(m => m.Papers.Count(p => p.Category != Taxonomy.OutOfScope)), titles.InScope);
        Assert.InRange(titles.InScopeAbstain, 0, 0.1);
        Assert.True(titles.OutOfScopeRecall >= 0.8, $"out-of-scope recall {titles.OutOfScopeRecall:0.00}");
        Assert.True(titles.TopTwo >= titles.Accuracy);
        Assert.Equal(Months[^1].Papers.Count(p => p.Category != Taxonomy.OutOfScope), heldOut.Single(s => s.Shape == InputShape.TitleAndSummary).InScope);
    }
}
