using Classifier.Core.Review;

namespace Classifier.Core.Tests.Review;

public sealed class UnifiedDiffTests
{
    [Fact]
    public void Between_WritesGitStyleHeadersAndOneHunk()
    {
        var diff = UnifiedDiff.Between("a\nb\nc\n", "a\nB\nc\n", "data/list.md");

        var lines = diff.Split('\n');
        Assert.Equal("--- a/data/list.md", lines[0]);
        Assert.Equal("+++ b/data/list.md", lines[1]);
        Assert.StartsWith("@@ -1,3 +1,3 @@", lines[2]);
        Assert.Contains("-b", lines);
        Assert.Contains("+B", lines);
    }
}
