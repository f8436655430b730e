using Classifier.Core.Review;
using Classifier.Core.Review.Reports;
using Classifier.Core.Tests.Review.Decisions;
using Classifier.Core.Tests.Support;

namespace Classifier.Core.Tests.Review.Reports;

public sealed class HtmlReviewWriterTests
{
    [Fact]
    public void Write_ShowsAMisfileWithItsEvidenceAndTheDiffOfItsMove()
    {
        var html = Write(DecisionSamples.Flag(p: 0.8));

        Assert.Contains("<h2 class=\"warning\">Warnings (", html);
        Assert.Contains("proposed <b>Image Segmentation</b> (p=0.80)", html);
        Assert.Contains("<li>title: detector</li>", html);
        Assert.Contains("<span class=\"del\">-| [Plain Detector](https://arxiv.org/abs/2404.00001v2)", html);
        Assert.Contains("<span class=\"add\">+| [Plain Detector](https://arxiv.org/abs/2404.00001v2)", html);
    }

    [Fact]
    public void Write_GroupsFindingsBySeverityWorstFirstAndEndsWithTheStructuralDiff()
    {
        var html = Write(DecisionSamples.Flag() with { Severity = Severity.Error });

        var errors = html.IndexOf("<h2 class=\"error\">Errors (1)", StringComparison.Ordinal);
        var warnings = html.IndexOf("<h2 class=\"warning\">", StringComparison.Ordinal);
        var info = html.IndexOf("<h2 class=\"info\">", StringComparison.Ordinal);
        var structural = html.IndexOf("<h2>Structural repairs", StringComparison.Ordinal);
        Assert.True(errors >= 0 && errors < warnings && warnings < info && info < structural, $"{errors} {warnings} {info} {structural}");
        Assert.EndsWith("</html>", html.TrimEnd());
    }

    [Fact]
    public void Write_EncodesEverythingItQuotes()
    {
        var hostile = DecisionSamples.Flag() with { Message = "<script>alert('x')</script> & \"quotes\"" };

        var html = Write(hostile);

        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;", html);
        Assert.Contains("[A &lt;i&gt;Bold&lt;/i&gt; Backbone]", html);
    }

    private static string Write(Finding flag)
    {
        var review = ListReviewer.Review(TestData.PathOf("small-list.md"), [], _ => [flag]);
        var output = new StringWriter();
        new HtmlReviewWriter().Write(review, SuggestedDiffs.For(review), output);
        return output.ToString();
    }
}
