namespace Classifier.Core.Learning.Candidates;

/// <summary>The multiclass trainers the learner compares.</summary>
public enum TrainerKind
{
    SdcaMaximumEntropy,
    LbfgsMaximumEntropy,
    OneVersusAllFastTree,
    OneVersusAllLinearSvm,
}
