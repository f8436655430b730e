namespace Classifier.Core.Evaluation;

/// <summary>Deterministic stratified fold assignment: each class is shuffled by the seed and dealt round-robin.</summary>
internal static class StratifiedFolds
{
    /// <summary>The fold (0..folds-1) of each item; classes are dealt in turn so fold sizes differ by at most one.</summary>
    public static int[] Assign(IReadOnlyList<int> classes, int folds, int seed)
    {
        if (folds < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(folds), folds, "cross-validation needs at least 2 folds");
        }
        var random = new Random(seed);
        var fold = new int[classes.Count];
        var next = 0;
        foreach (var group in Enumerable.Range(0, classes.Count).GroupBy(i => classes[i]).OrderBy(g => g.Key))
        {
            var members = group.ToArray();
            random.Shuffle(members);
            foreach (var index in members)
            {
                fold[index] = next;
                next = (next + 1) % folds;
            }
        }
        return fold;
    }
}
