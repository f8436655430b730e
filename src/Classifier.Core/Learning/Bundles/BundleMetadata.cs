using Classifier.Core.Evaluation;
using Classifier.Core.Learning.Candidates;
using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Learning.Gate;
using Classifier.Core.Tagging;

namespace Classifier.Core.Learning.Bundles;

/// <summary>Everything a bundle records about how its model was made and how well it did (metadata.json).</summary>
public sealed record BundleMetadata
{
    public required int FormatVersion { get; init; }

    public required string ToolVersion { get; init; }

    /// <summary>Category names in the order of the model's score slots.</summary>
    public required IReadOnlyList<string> Labels { get; init; }

    /// <summary>Months trained on, as yyyy-MM.</summary>
    public required IReadOnlyList<string> Months { get; init; }

    public required int RowCount { get; init; }

    public required IReadOnlyDictionary<string, int> RowsPerCategory { get; init; }

    public required IReadOnlyDictionary<string, int> RowsPerMonth { get; init; }

    public required string Trainer { get; init; }

    public required TrainingOptions Options { get; init; }

    public required int Seed { get; init; }

    /// <summary>SHA-256 over each training paper's category, title and summary, in order.</summary>
    public required string DataHash { get; init; }

    public required IReadOnlyList<TrainerScore> TrainerComparison { get; init; }

    public required string SelectionReason { get; init; }

    /// <summary>Whether <see cref="TrainerComparison"/> was run in this training, carried over from the previous bundle, or never run.</summary>
    public ComparisonOrigin ComparisonOrigin { get; init; } = ComparisonOrigin.RunInThisTraining;

    /// <summary>The <see cref="DataHash"/> of the data the comparison was measured on (differs from this bundle's when carried over).</summary>
    public string? ComparisonDataHash { get; init; }

    public required EvaluationReport CrossValidation { get; init; }

    public EvaluationReport? HeldOutMonth { get; init; }

    /// <summary>The n-gram reference model on the same held-out month, the yardstick a semantic model must beat; null for an n-gram model.</summary>
    public EvaluationReport? HeldOutMonthReference { get; init; }

    /// <summary>The configuration of <see cref="HeldOutMonthReference"/>.</summary>
    public TrainingOptions? Reference { get; init; }

    /// <summary>The sentence encoder the model reads embeddings from; null for an n-gram model. Loading refuses another encoder.</summary>
    public EncoderIdentity? Encoder { get; init; }

    public required CalibrationReport Calibration { get; init; }

    public required NoFitThreshold Threshold { get; init; }

    /// <summary>The out-of-scope gate (format 3); null for a model that learned out of scope as a tenth class.</summary>
    public GateMetadata? Gate { get; init; }

    /// <summary>When the second category is close enough to be named beside the first (format 3); null: never.</summary>
    public AlsoFitsMargin? AlsoFits { get; init; }

    /// <summary>Leave-one-month-out figures per input shape (format 3): every month, and the latest month with in-scope papers.</summary>
    public IReadOnlyList<ShapeScores>? ShapesCrossValidation { get; init; }

    public IReadOnlyList<ShapeScores>? ShapesHeldOut { get; init; }
}

/// <summary>The gate a bundle carries: its configuration, the candidates it was chosen from, and why.</summary>
public sealed record GateMetadata(GateOptions Options, IReadOnlyList<GateScore> Comparison, string SelectionReason);

/// <summary>One row of the trainer comparison: a configuration and its cross-validated scores.</summary>
public sealed record TrainerScore(string Trainer, TrainingOptions Options, double Accuracy, double MacroF1, double BaselineMacroF1);

/// <summary>One training paper's out-of-fold probabilities (raw, before temperature scaling), in label order.</summary>
/// <param name="Month">yyyy-MM of the list (or out-of-scope entry) the paper came from; null in version 1 bundles.</param>
public sealed record OutOfFoldRecord(string PaperId, string Title, string Label, int Fold, float[] Probabilities, string? Month = null);
