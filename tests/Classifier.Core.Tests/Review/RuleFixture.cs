using Classifier.Core.Lists;
using Classifier.Core.Review;

namespace Classifier.Core.Tests.Review;

/// <summary>Reviews a TestData fixture and picks out one rule's findings as (line, message) pairs.</summary>
internal static class RuleFixture
{
    public static IReadOnlyList<Finding> Review(string fixture, string ruleId, params MonthlyList[] otherLists) =>
        [.. new StructuralReviewer().Review(ListParser.Read(RepoData.TestData(fixture)), otherLists).Where(f => f.RuleId == ruleId)];

    public static IEnumerable<int> Lines(this IEnumerable<Finding> findings) => findings.Select(f => f.Location.Line);
}
