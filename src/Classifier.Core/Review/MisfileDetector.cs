using Classifier.Core.Evaluation;
using Classifier.Core.Learning;
using Classifier.Core.Learning.Bundles;
using Classifier.Core.Learning.Candidates;
using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Papers;
using Classifier.Core.Tagging;

namespace Classifier.Core.Review;

/// <summary>Finds papers filed under the wrong category by confident learning on out-of-fold probabilities.</summary>
internal sealed class MisfileDetector
{
    public const string RuleId = "misfile";

    private readonly TrainedModel _model;
    private readonly int _reasonCount;
    private readonly NeighbourFinder? _neighbours;
    private readonly AlsoFitsMargin? _alsoFits;
    private readonly double _temperature;

    /// <summary>
    /// A detector that explains its findings with the n-grams of <paramref name="model"/> (trained on all the data) and,
    /// given a finder, the nearest labelled papers.
    /// </summary>
    public MisfileDetector(TrainedModel model, int reasonCount = 5, NeighbourFinder? neighbours = null, AlsoFitsMargin? alsoFits = null, double temperature = 1)
    {
        _alsoFits = alsoFits;
        _temperature = temperature;
        _model = model;
        _reasonCount = reasonCount;
        _neighbours = neighbours;
    }

    /// <summary>Cross-validates the papers, trains a model for the reasons, and ranks the likely misfiles.</summary>
    public static IReadOnlyList<Finding> Detect(IReadOnlyList<Paper> papers, TrainingOptions options, int folds = 5, IPaperEmbedder? embedder = null)
    {
        var labelled = papers.Where(p => p.Category is not null).ToList();
        var oof = OutOfFoldPredictor.Predict(labelled, options, folds, embedder);
        var detector = new MisfileDetector(ModelTrainer.Train(labelled, options, oof.Labels, embedder));
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
        var detector = new MisfileDetector(bundle.Model, neighbours: NeighbourFinder.For(bundle), alsoFits: bundle.Metadata.AlsoFits, temperature: bundle.Metadata.Calibration.Temperature);
        return detector.Detect(labelled, probabilities, thresholds);
    }

    /// <summary>One finding per confident-learning label issue, most likely misfile first.</summary>
    public IReadOnlyList<Finding> Detect(IReadOnlyList<Paper> papers, IReadOnlyList<float[]> probabilities, double[] thresholds)
    {
        var labels = _model.Labels;
        var given = papers.Select(p => LabelSet.IndexOf(labels, p)).ToList();
        var listedUnder = ListedUnder(papers);
        // A paper listed under two sections is not misfiled into either of them.
        var issues = ConfidentLearning.FindIssues(probabilities, given, ProposableThresholds(thresholds, labels))
            .Where(issue => !listedUnder(papers[issue.Index]).Contains(labels[issue.Proposed]))
            .ToList();
        var explainer = ScoreExplainer.For(_model);
        using var engine = _model.CreateEngine();
        return issues.Select(issue =>
        {
            var paper = papers[issue.Index];
            // A training paper's embedding is in the bundle: reviewing a labelled list then never starts the encoder.
            var stored = _neighbours?.StoredEmbedding(paper);
            var output = engine.Predict(stored is null ? _model.Row(paper) : PaperRow.Unlabelled(paper, stored));
            var reasons = explainer.ExplainDistinct(output.Features, issue.Proposed, _reasonCount);
            var embedding = stored ?? output.Embedding;
            var neighbours = _neighbours?.Nearest(paper, embedding, TagResultBuilder.NeighbourCount) ?? [];
            var finding = ToFinding(labels, paper, Taxonomy.Find(labels[issue.Proposed])!, probabilities[issue.Index], issue, reasons, neighbours, AlsoFits(labels, probabilities[issue.Index], issue));
            return finding;
        }).ToList();
    }

    // Every category a paper is listed under among these papers (same arXiv id), and those it carries as extra labels.
    private static Func<Paper, IReadOnlySet<string>> ListedUnder(IReadOnlyList<Paper> papers)
    {
        var byId = papers.Where(p => p.ArxivId is not null && p.Category is not null)
            .GroupBy(p => p.ArxivId!)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Category!.Name).ToHashSet());
        return paper => (IReadOnlySet<string>)(paper.ArxivId is { } id && byId.TryGetValue(id, out var names) ? names : new HashSet<string>())
            .Union(paper.AlsoListedUnder.Select(c => c.Name)).ToHashSet();
    }

    // A list paper is never proposed to move "out of scope": that is not a section a curator can move it to.
    internal static double[] ProposableThresholds(double[] thresholds, IReadOnlyList<string> labels) =>
        [.. thresholds.Select((t, k) => labels[k] == Taxonomy.OutOfScope.Name ? double.PositiveInfinity : t)];

    // The reasons a curator sees: the n-grams, then the nearest labelled papers.
    private static MisfileEvidence Evidence(
        IReadOnlyList<string> labels, Paper paper, Category proposed, float[] p, LabelIssue issue, IReadOnlyList<NgramContribution> reasons, IReadOnlyList<Neighbour> neighbours) =>
        new(
            paper.Category?.Name ?? labels[issue.Given],
            p[issue.Given],
            proposed.Name,
            p[issue.Proposed],
            labels.Select((label, k) => (label, k)).ToDictionary(x => x.label, x => (double)p[x.k]),
            [.. reasons.Select(r => r.Ngram), .. neighbours.Select(n => $"close to {n}")]);

    // The best category other than the proposed and the given one, when it is within the "also fits" margin of the proposed (calibrated).
    private (string Name, double Probability)? AlsoFits(IReadOnlyList<string> labels, float[] raw, LabelIssue issue)
    {
        if (_alsoFits is not { } margin)
        {
            return null;
        }
        var p = TemperatureScaling.Apply(raw, _temperature);
        var other = Enumerable.Range(0, p.Length)
            .Where(k => k != issue.Proposed && k != issue.Given && labels[k] != Taxonomy.OutOfScope.Name)
            .OrderByDescending(k => p[k])
            .FirstOrDefault(-1);
        return other >= 0 && margin.AlsoFits(p[issue.Proposed], p[other]) ? (labels[other], raw[other]) : null;
    }

    private static Finding ToFinding(
        IReadOnlyList<string> labels, Paper paper, Category proposed, float[] p, LabelIssue issue, IReadOnlyList<NgramContribution> reasons, IReadOnlyList<Neighbour> neighbours,
        (string Name, double Probability)? also)
    {
        var because = reasons.Count == 0 ? "" : $"; signals: {string.Join(", ", reasons.Select(r => r.Ngram))}";
        because += neighbours.Count == 0 ? "" : $"; close to {string.Join(", ", neighbours)}";
        return new Finding(
            RuleId,
            Severity.Warning,
            paper.Source,
            $"'{paper.Title}' is filed under {paper.Category?.Name} but reads as {proposed.Name}{(also is { } a ? $", or {a.Name}" : "")} "
                + $"(p={p[issue.Proposed]:0.00}{(also is { } b ? $" and {b.Probability:0.00}" : "")} vs {p[issue.Given]:0.00}){because}",
            also is { } c ? $"move it to {proposed.Name}, or {c.Name}" : $"move it to {proposed.Name}",
            issue.Score,
            paper.Id,
            proposed,
            Evidence(labels, paper, proposed, p, issue, reasons, neighbours) with { AlsoFits = also?.Name, AlsoFitsProbability = also?.Probability });
    }
}
