using Classifier.Core.Evaluation;
using Classifier.Core.Tests.Support;

namespace Classifier.Core.Tests.Evaluation;

public sealed class ConfusionMatrixHtmlWriterTests
{
    private static readonly ConfusionMatrixReport s_report = ConfusionMatrixReport.FromCounts(
        "Month held out: <June 2023>",
        ["Image Recognition", "Image & Video Editing"],
        new[,] { { 3, 1 }, { 0, 4 } });

    [Fact]
    public void FromCounts_ComputesPrecisionRecallAndF1PerLabel()
    {
        var recognition = s_report.Scores[0];

        Assert.Equal(1.0, recognition.Precision);
        Assert.Equal(0.75, recognition.Recall);
        Assert.Equal(6.0 / 7.0, recognition.F1, 9);
        Assert.Equal(4, recognition.Support);
        Assert.Equal(0.8, s_report.Scores[1].Precision);
        Assert.Equal(7.0 / 8.0, s_report.Accuracy);
    }

    [Fact]
    public void Write_EncodesLabelsAndShadesCellsByRowShare()
    {
        var html = new StringWriter();

        new ConfusionMatrixHtmlWriter().Write("Evaluation <draft>", [s_report], html);

        var page = html.ToString();
        Assert.StartsWith("<!DOCTYPE html>", page);
        Assert.Contains("<title>Evaluation &lt;draft&gt;</title>", page);
        Assert.Contains("<h2>Month held out: &lt;June 2023&gt;</h2>", page);
        Assert.Contains("<th>Image &amp; Video Editing</th>", page);
        Assert.Contains("background:rgba(33,102,172,0.75)", page);
        Assert.Contains("background:rgba(202,0,32,0.25)", page);
        Assert.Contains("<td>0.857</td>", page);
        Assert.DoesNotContain("<script", page);
    }

    [Fact]
    public void WriteFile_WritesTheWholePage()
    {
        using var temp = new TempDirectory();
        var path = temp.PathOf("report.html");

        new ConfusionMatrixHtmlWriter().WriteFile("Evaluation", [s_report, s_report], path);

        var page = File.ReadAllText(path);
        Assert.EndsWith("</body></html>", page.TrimEnd());
        Assert.Equal(2, page.Split("<table class=\"matrix\">").Length - 1);
    }
}
