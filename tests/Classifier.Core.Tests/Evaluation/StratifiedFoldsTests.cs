using Classifier.Core.Evaluation;

namespace Classifier.Core.Tests.Evaluation;

public sealed class StratifiedFoldsTests
{
    private static readonly int[] Classes = [.. Enumerable.Repeat(0, 10), .. Enumerable.Repeat(1, 5), .. Enumerable.Repeat(2, 7)];

    [Fact]
    public void Assign_SpreadsEachClassEvenlyOverTheFolds()
    {
        var folds = StratifiedFolds.Assign(Classes, 5, seed: 3);

        foreach (var c in Classes.Distinct())
        {
            var perFold = Enumerable.Range(0, 5).Select(f => Enumerable.Range(0, Classes.Length).Count(i => Classes[i] == c && folds[i] == f)).ToList();
            Assert.True(perFold.Max() - perFold.Min() <= 1, $"class {c}: {string.Join(",", perFold)}");
        }
    }

    [Fact]
    public void Assign_WithTheSameSeed_GivesTheSameFolds()
    {
        var first = StratifiedFolds.Assign(Classes, 5, seed: 3);
        var second = StratifiedFolds.Assign(Classes, 5, seed: 3);

        Assert.Equal(first, second);
    }
}
