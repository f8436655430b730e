using Classifier.Core.Lists;

namespace Classifier.Core.Review;

/// <summary>A list's corrected text, the findings it fixes, and the misfile suggestions it did not act on.</summary>
/// <param name="Unaccepted">Misfile suggestions the user did not select.</param>
/// <param name="Unmovable">Selected misfiles whose proposed category has no table in the list to move into.</param>
internal sealed record ListFix(
    MonthlyList List,
    string FixedText,
    IReadOnlyList<Finding> Fixed,
    IReadOnlyList<Finding> Unaccepted,
    IReadOnlyList<Finding> Unmovable)
{
    public bool HasChanges => FixedText != List.SourceText;
}
