using System.Text.Json;
using Classifier.Core.Drafting;
using Classifier.Core.Papers;
using Classifier.Core.Tagging;
using static Classifier.Core.Tests.Drafting.DraftSamples;

namespace Classifier.Core.Tests.Drafting;

public sealed class DraftReportWriterTests
{
    private static readonly Month October = new(2023, 10);

    private static MonthDraft Sample()
    {
        TagResult[] results =
        [
            Result("2310.15008", "Wonder3D", 7, 0.56, "From one image.", second: 8, p2: 0.38, alsoFits: true, line: 1),
            Result("2310.00001", "A Backbone", 1, 0.95, "A backbone.", line: 2),
            Result("2304.02643", "Segment Anything", 4, 0.99, line: 3),
            Result("2310.00006", "Lidar & Attacks", 10, 0.96, none: true, line: 4),
        ];
        return ListDrafter.Draft(results, new DraftSettings(October, "oct.md", DraftTemplate.Neutral(October, "oct.md"), []));
    }

    [Fact]
    public void WriteText_CountsWhatWasDrafted_AndGivesOneLinePerPaperLeftOut()
    {
        var text = new StringWriter { NewLine = "\n" };

        DraftReportWriter.WriteText(Sample(), text);

        var lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("Drafted 2 paper(s) for October 2023 in 2 section(s); 1 in doubt", lines[0]);
        Assert.EndsWith("left out 2.", lines[0]);
        Assert.Equal("left out (other-month): 'Segment Anything' (in.jsonl:3): arXiv 2304.02643 is from April 2023, not October 2023 or the month before", lines[1]);
        Assert.Equal("left out (no-category-fits): 'Lidar & Attacks' (in.jsonl:4): no category fits (top: Out of scope p=0.96)", lines[2]);
    }

    [Fact]
    public void WriteJson_NamesTheDoubtsAndTheReasons()
    {
        var text = new StringWriter();

        DraftReportWriter.WriteJson(Sample(), "oct.md", text);

        using var json = JsonDocument.Parse(text.ToString());
        var root = json.RootElement;
        Assert.Equal("2023-10", root.GetProperty("month").GetString());
        Assert.Equal(2, root.GetProperty("drafted").GetInt32());
        var doubt = Assert.Single(root.GetProperty("inDoubt").EnumerateArray());
        Assert.Equal("Image & Video Reconstruction", doubt.GetProperty("alsoFits").GetString());
        Assert.Equal(0.38, doubt.GetProperty("alsoProbability").GetDouble());
        Assert.Equal(["other-month", "no-category-fits"], root.GetProperty("leftOut").EnumerateArray().Select(e => e.GetProperty("reason").GetString()));
        Assert.Contains("Lidar & Attacks", text.ToString());
    }
}
