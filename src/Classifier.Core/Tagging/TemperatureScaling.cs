namespace Classifier.Core.Tagging;

/// <summary>Temperature scaling: p_k^(1/T) renormalised, with T fitted to out-of-fold predictions by negative log-likelihood.</summary>
internal static class TemperatureScaling
{
    private const double Floor = 1e-9;

    /// <summary>The temperature that minimises the NLL of the given labels; NLL is convex in 1/T, so a golden-section search finds it.</summary>
    public static double Fit(IReadOnlyList<float[]> probabilities, IReadOnlyList<int> actual)
    {
        double low = 0.05, high = 20;
        var ratio = (Math.Sqrt(5) - 1) / 2;
        for (var step = 0; step < 80; step++)
        {
            var a = high - ratio * (high - low);
            var b = low + ratio * (high - low);
            if (NegativeLogLikelihood(probabilities, actual, a) < NegativeLogLikelihood(probabilities, actual, b))
            {
                high = b;
            }
            else
            {
                low = a;
            }
        }
        return 1 / ((low + high) / 2);
    }

    /// <summary>Rescales one probability vector by the temperature.</summary>
    public static float[] Apply(float[] probabilities, double temperature)
    {
        var scaled = new double[probabilities.Length];
        for (var k = 0; k < scaled.Length; k++)
        {
            scaled[k] = Math.Log(Math.Max(probabilities[k], Floor)) / temperature;
        }
        var max = scaled.Max();
        // Summed in slot order, as Enumerable.Sum did: the same doubles, without a closure and two iterators per paper.
        var sum = 0.0;
        for (var k = 0; k < scaled.Length; k++)
        {
            scaled[k] = Math.Exp(scaled[k] - max);
            sum += scaled[k];
        }
        var rescaled = new float[scaled.Length];
        for (var k = 0; k < scaled.Length; k++)
        {
            rescaled[k] = (float)(scaled[k] / sum);
        }
        return rescaled;
    }

    /// <summary>Mean negative log-likelihood of the given labels after scaling by 1/<paramref name="inverseTemperature"/>.</summary>
    public static double NegativeLogLikelihood(IReadOnlyList<float[]> probabilities, IReadOnlyList<int> actual, double inverseTemperature)
    {
        var total = 0.0;
        for (var i = 0; i < probabilities.Count; i++)
        {
            var logits = probabilities[i].Select(p => Math.Log(Math.Max(p, Floor)) * inverseTemperature).ToArray();
            var max = logits.Max();
            var logSum = max + Math.Log(logits.Sum(l => Math.Exp(l - max)));
            total += logSum - logits[actual[i]];
        }
        return total / Math.Max(1, probabilities.Count);
    }
}
