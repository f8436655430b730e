using Classifier.Core.Lists;

namespace Classifier.Core.Review;

/// <summary>One structural check of a monthly list.</summary>
internal interface IListRule
{
    /// <summary>The findings of this rule on a list; other months' lists are there for cross-month checks.</summary>
    IEnumerable<Finding> Check(MonthlyList list, IReadOnlyList<MonthlyList> otherLists);
}
