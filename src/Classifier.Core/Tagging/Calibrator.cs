namespace Classifier.Core.Tagging;

/// <summary>Fits temperature scaling and the "no category fits" threshold on out-of-fold predictions.</summary>
internal static class Calibrator
{
    /// <summary>Fits the temperature and reports NLL and reliability (ECE) before and after.</summary>
    public static CalibrationReport Calibrate(IReadOnlyList<float[]> probabilities, IReadOnlyList<int> actual)
    {
        var temperature = TemperatureScaling.Fit(probabilities, actual);
        var scaled = probabilities.Select(p => TemperatureScaling.Apply(p, temperature)).ToList();
        return new CalibrationReport(
            temperature,
            TemperatureScaling.NegativeLogLikelihood(probabilities, actual, 1),
            TemperatureScaling.NegativeLogLikelihood(probabilities, actual, 1 / temperature),
            ReliabilityTable.Build(probabilities, actual),
            ReliabilityTable.Build(scaled, actual));
    }

    /// <summary>
    /// The lowest calibrated confidence c such that papers at or above c reach the target top-1 accuracy and make up at
    /// least <paramref name="minimumCoverage"/> of the data; when no c does, the c with the best accuracy at that coverage.
    /// </summary>
    public static NoFitThreshold ChooseThreshold(IReadOnlyList<float[]> calibrated, IReadOnlyList<int> actual, double targetAccuracy = 0.8, double minimumCoverage = 0.1)
    {
        var ranked = calibrated.Select((p, i) => (Confidence: (double)p.Max(), Correct: Array.IndexOf(p, p.Max()) == actual[i]))
            .OrderByDescending(x => x.Confidence)
            .ToList();
        var minimumCount = Math.Max(1, (int)Math.Ceiling(minimumCoverage * ranked.Count));
        var correct = 0;
        (double Value, double Accuracy, int Count)? reached = null, best = null;
        for (var i = 0; i < ranked.Count; i++)
        {
            correct += ranked[i].Correct ? 1 : 0;
            var count = i + 1;
            if (count < minimumCount || (i + 1 < ranked.Count && ranked[i + 1].Confidence == ranked[i].Confidence))
            {
                continue;
            }
            var accuracy = (double)correct / count;
            if (accuracy >= targetAccuracy)
            {
                reached = (ranked[i].Confidence, accuracy, count);
            }
            if (best is null || accuracy > best.Value.Accuracy)
            {
                best = (ranked[i].Confidence, accuracy, count);
            }
        }
        var chosen = reached ?? best ?? (1.0, 0.0, 0);
        var rule = reached is null
            ? $"target top-1 accuracy {targetAccuracy:0.##} never reached at coverage >= {minimumCoverage:0.##}; the threshold with the best accuracy was taken"
            : $"lowest calibrated confidence at which out-of-fold top-1 accuracy of papers at or above it is >= {targetAccuracy:0.##} (coverage >= {minimumCoverage:0.##})";
        return new NoFitThreshold(chosen.Value, targetAccuracy, ranked.Count == 0 ? 0 : (double)chosen.Count / ranked.Count, chosen.Accuracy, rule);
    }
}
