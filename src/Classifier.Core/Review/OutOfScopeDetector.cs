using Classifier.Core.Learning.Bundles;
using Classifier.Core.Papers;
using Classifier.Core.Tagging;

namespace Classifier.Core.Review;

/// <summary>Flags papers listed under a category that the model reads as out of scope, by the rule tag uses for "no category fits".</summary>
internal static class OutOfScopeDetector
{
    public const string RuleId = "out-of-scope";

    /// <summary>
    /// One warning per listed paper whose calibrated probabilities abstain by the bundle's out-of-scope threshold; training papers
    /// are judged by their stored out-of-fold probabilities (the model never saw them), others by the model. None when the
    /// model has no out-of-scope outcome.
    /// </summary>
    public static IReadOnlyList<Finding> Detect(ModelBundle bundle, IReadOnlyList<Paper> papers)
    {
        var threshold = bundle.Metadata.Threshold;
        if (threshold.OutOfScopeLabel is not { } outOfScope)
        {
            return [];
        }
        var listed = papers.Where(p => p.Category is not null).ToList();
        var stored = bundle.OutOfFold.GroupBy(r => (r.PaperId, r.Title)).ToDictionary(g => g.Key, g => g.First().Probabilities);
        var unseen = listed.Where(p => !stored.ContainsKey((p.Id, p.Title))).ToList();
        var fresh = new Queue<float[]>(bundle.Model.PredictProbabilities(unseen));
        var temperature = bundle.Metadata.Calibration.Temperature;
        return
        [
            .. listed
                .Select(p => (Paper: p, Calibrated: TemperatureScaling.Apply(stored.GetValueOrDefault((p.Id, p.Title)) ?? fresh.Dequeue(), temperature)))
                .Where(x => threshold.Abstains(x.Calibrated))
                .OrderByDescending(x => x.Calibrated[outOfScope])
                .Select(x => ToFinding(x.Paper, x.Calibrated[outOfScope])),
        ];
    }

    private static Finding ToFinding(Paper paper, double outOfScope) => new(
        RuleId,
        Severity.Warning,
        paper.Source,
        $"'{paper.Title}' is filed under {paper.Category!.Name} but no category fits it (p(out of scope)={outOfScope:0.00}, as 'cvclassify tag' would say).",
        "Check that it is a computer vision paper of the nine categories; remove it from the list if not.",
        outOfScope,
        paper.Id);
}
