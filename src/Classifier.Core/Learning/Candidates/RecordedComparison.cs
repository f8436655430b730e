using Classifier.Core.Learning.Bundles;

namespace Classifier.Core.Learning.Candidates;

/// <summary>The comparison a bundle records: its table, the selection reason, where they come from and what data they measured.</summary>
internal sealed record RecordedComparison(IReadOnlyList<TrainerScore> Table, string Reason, ComparisonOrigin Origin, string DataHash)
{
    /// <summary>
    /// The comparison just run, or, when only the previous bundle's winner was trained, the previous bundle's comparison
    /// (which stays "not run" if it never was).
    /// </summary>
    public static RecordedComparison Resolve(IReadOnlyList<TrainerScore> table, string reason, TrainingOptions best, BundleMetadata? previous, string dataHash)
    {
        if (table.Count > 1)
        {
            return new RecordedComparison(table, reason, ComparisonOrigin.RunInThisTraining, dataHash);
        }
        if (previous is null || previous.Options != best)
        {
            return new RecordedComparison(table, reason, ComparisonOrigin.NotRun, dataHash);
        }
        var origin = previous.ComparisonOrigin == ComparisonOrigin.NotRun ? ComparisonOrigin.NotRun : ComparisonOrigin.CarriedOver;
        return new RecordedComparison(previous.TrainerComparison, previous.SelectionReason, origin, previous.ComparisonDataHash ?? previous.DataHash);
    }
}
