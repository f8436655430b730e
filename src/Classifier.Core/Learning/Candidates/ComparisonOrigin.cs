namespace Classifier.Core.Learning.Candidates;

/// <summary>Where a bundle's trainer comparison table comes from.</summary>
public enum ComparisonOrigin
{
    /// <summary>Every candidate was cross-validated in this training.</summary>
    RunInThisTraining,

    /// <summary>One configuration was trained, the previous bundle's winner; its comparison table and reason were kept.</summary>
    CarriedOver,

    /// <summary>One configuration was trained and no comparison exists; the table holds that configuration alone.</summary>
    NotRun,
}
