using Classifier.Core.Review;

namespace Classifier.Core.Tests.Review;

public sealed class ConfidentLearningTests
{
    [Fact]
    public void FindIssues_FlagsOnlyItemsConfidentlyInAnotherClass()
    {
        float[][] probabilities = [[0.9f, 0.1f], [0.8f, 0.2f], [0.3f, 0.7f], [0.2f, 0.8f], [0.88f, 0.12f]];
        int[] given = [0, 0, 1, 1, 1];

        var thresholds = ConfidentLearning.Thresholds(probabilities, given, 2);
        var issues = ConfidentLearning.FindIssues(probabilities, given, thresholds);

        Assert.Equal(0.85, thresholds[0], precision: 5);
        var issue = Assert.Single(issues);
        Assert.Equal(4, issue.Index);
        Assert.Equal(0, issue.Proposed);
    }
}
