using Classifier.Core.Evaluation;
using Classifier.Core.Learning;
using Classifier.Core.Papers;
using Classifier.Core.Tagging;

namespace Classifier.Core.Review;

/// <summary>Finds papers filed under the wrong category by confident learning on out-of-fold probabilities.</summary>
internal sealed class MisfileDetector
{
    public const string RuleId = "misfile";

    private readonly TrainedModel _model;
    private readonly int _reasonCount;

    /// <summary>A detector that explains its findings with the n-grams of <paramref name="model"/> (trained on all the data).</summary>
    public MisfileDetector(TrainedModel model, int reasonCount = 5)
    {
        _model = model;
        _reasonCount = reasonCount;
    }

    /// <summary>Cross-validates the papers, trains a model for the reasons, and ranks the likely misfiles.</summary>
    public static IReadOnlyList<Finding> Detect(IReadOnlyList<Paper> papers, TrainingOptions options, int folds = 5)
    {
        var labelled = papers.Where(p => p.Category is not null).ToList();
        var oof = OutOfFoldPredictor.Predict(labelled, options, folds);
        var detector = new MisfileDetector(ModelTrainer.Train(labelled, options, oof.Labels));
        return detector.Detect(labelled, oof.Probabilities, ConfidentLearning.Thresholds(oof.Probabilities, oof.Actual, oof.Labels.Count));
    }

    /// <summary>
    /// Ranks misfiles among a list's papers using the bundle: training papers get their stored out-of-fold probabilities,
    /// other papers the model's (it never saw them); thresholds come from the bundle's out-of-fold data.
    /// </summary>
    public static IReadOnlyList<Finding> Detect(ModelBundle bundle, IReadOnlyList<Paper> papers)
    {
        var labels = bundle.Model.Labels;
        var labelled = papers.Where(p => LabelSet.IndexOf(labels, p) >= 0).ToList();
        var stored = bundle.OutOfFold.GroupBy(r => (r.PaperId, r.Title)).ToDictionary(g => g.Key, g => g.First().Probabilities);
        var unseen = labelled.Where(p => !stored.ContainsKey((p.Id, p.Title))).ToList();
        var fresh = new Queue<float[]>(bundle.Model.PredictProbabilities(unseen));
        // Unseen papers are scored in list order, so the queue hands their vectors back in the same order.
        var probabilities = labelled.Select(p => stored.GetValueOrDefault((p.Id, p.Title)) ?? fresh.Dequeue()).ToList();
        var slot = labels.Select((label, k) => (label, k)).ToDictionary(x => x.label, x => x.k);
        var given = bundle.OutOfFold.Select(r => slot[r.Label]).ToList();
        var thresholds = ConfidentLearning.Thresholds(bundle.OutOfFold.Select(r => r.Probabilities).ToList(), given, labels.Count);
        return new MisfileDetector(bundle.Model).Detect(labelled, probabilities, thresholds);
    }

    /// <summary>One finding per confident-learning label issue, most likely misfile first.</summary>
    public IReadOnlyList<Finding> Detect(IReadOnlyList<Paper> papers, IReadOnlyList<float[]> probabilities, double[] thresholds)
    {
        var labels = _model.Labels;
        var given = papers.Select(p => LabelSet.IndexOf(labels, p)).ToList();
        var issues = ConfidentLearning.FindIssues(probabilities, given, thresholds);
        var explainer = ScoreExplainer.For(_model);
        using var engine = _model.CreateEngine();
        return issues.Select(issue =>
        {
            var paper = papers[issue.Index];
            var features = engine.Predict(PaperRow.Unlabelled(paper)).Features;
            var reasons = explainer.ExplainDistinct(features, issue.Proposed, _reasonCount);
            return ToFinding(labels, paper, Taxonomy.Find(labels[issue.Proposed])!, probabilities[issue.Index], issue, reasons);
        }).ToList();
    }

    private static MisfileEvidence Evidence(
        IReadOnlyList<string> labels, Paper paper, Category proposed, float[] p, LabelIssue issue, IReadOnlyList<NgramContribution> reasons) =>
        new(
            paper.Category?.Name ?? labels[issue.Given],
            p[issue.Given],
            proposed.Name,
            p[issue.Proposed],
            labels.Select((label, k) => (label, k)).ToDictionary(x => x.label, x => (double)p[x.k]),
            [.. reasons.Select(r => r.Ngram)]);

    private static Finding ToFinding(IReadOnlyList<string> labels, Paper paper, Category proposed, float[] p, LabelIssue issue, IReadOnlyList<NgramContribution> reasons)
    {
        var because = reasons.Count == 0 ? "" : $"; signals: {string.Join(", ", reasons.Select(r => r.Ngram))}";
        return new Finding(
            RuleId,
            Severity.Warning,
            paper.Source,
            $"'{paper.Title}' is filed under {paper.Category?.Name} but reads as {proposed.Name} "
                + $"(p={p[issue.Proposed]:0.00} vs {p[issue.Given]:0.00}){because}",
            $"move it to {proposed.Name}",
            issue.Score,
            paper.Id,
            proposed,
            Evidence(labels, paper, proposed, p, issue, reasons));
    }
}
