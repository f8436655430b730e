using Classifier.Core.Papers;

namespace Classifier.Core.Evaluation;

/// <summary>Each paper's probabilities from a model that never saw it, plus the majority-class baseline's guess.</summary>
/// <param name="Labels">Slot order of every probability vector.</param>
/// <param name="Actual">Index of each paper's given category in <paramref name="Labels"/>.</param>
/// <param name="BaselinePredicted">The training-fold majority class for each paper.</param>
public sealed record OutOfFoldPredictions(
    IReadOnlyList<Paper> Papers,
    IReadOnlyList<string> Labels,
    int[] Actual,
    float[][] Probabilities,
    int[] BaselinePredicted,
    int[] Folds)
{
    public int[] Predicted => Probabilities.Select(ArgMax).ToArray();

    public static int ArgMax(float[] values)
    {
        var best = 0;
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] > values[best])
            {
                best = i;
            }
        }
        return best;
    }
}
