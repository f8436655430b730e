using Classifier.Core.Lists;

namespace Classifier.Core.Review;

/// <summary>A list's corrected text, the findings it fixes, and the misfile suggestions left for the user to accept.</summary>
internal sealed record ListFix(MonthlyList List, string FixedText, IReadOnlyList<Finding> Fixed, IReadOnlyList<Finding> Unaccepted)
{
    public bool HasChanges => FixedText != List.SourceText;
}
