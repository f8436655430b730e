using System.Text.Json;
using System.Xml.Linq;
using Classifier.Cli.Tests.Support;
using Classifier.Core.Lists;
using Classifier.Core.Papers;

namespace Classifier.Cli.Tests.Commands;

/// <summary>`draft` with the model committed in trained-models/, on inputs in every shape `tag` reads.</summary>
public sealed class DraftCommandTests
{
    private const string OctoberFile = "Top CV Papers in October 2023.md";

    [Fact]
    public void Draft_OfNinetyPapersInCsvJsonlAndAtom_PassesReview_KeepsEachInScopePaperOnce_AndFixChangesNothing()
    {
        using var temp = new TempDirectory();
        var september = ListParser.Read(Path.Combine(Repository.DataFolder, "Top CV Papers in September 2023.md")).Papers;
        var march = ListParser.Read(Repository.March).Papers.Take(3).ToList();
        var outOfScope = File.ReadLines(Path.Combine(Repository.DataFolder, "out-of-scope.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Where(e => e.GetProperty("month").GetString() == "2023-09")
            .Select(e => new Paper { Title = e.GetProperty("title").GetString()!, ArxivId = e.GetProperty("id").GetString() })
            .ToList();
        var csv = WriteCsv(temp, "a.csv", [.. september.Take(26), .. march]);
        var jsonl = WriteJsonLines(temp, "b.jsonl", [.. september.Skip(26).Take(25), .. outOfScope]);
        var atom = WriteAtom(temp, "c.atom", [.. september.Skip(51), september[0]]);
        Directory.CreateDirectory(temp.PathOf("data"));
        var list = temp.PathOf(OctoberFile);

        var draft = CvClassify.RunIn(Repository.Root, "draft", csv, jsonl, atom, "--month", "2023-10", "--out", list, "--report", temp.PathOf("report.json"), "--data", temp.PathOf("data"));

        Assert.True(draft.ExitCode == ExitCodes.Ok, draft.Error);
        var rows = ListParser.Read(list).Rows.Select(r => r.Paper.ArxivId!).ToList();
        using var report = JsonDocument.Parse(File.ReadAllText(temp.PathOf("report.json")));
        var leftOut = report.RootElement.GetProperty("leftOut").EnumerateArray()
            .Select(e => (Id: e.GetProperty("id").GetString()!, Reason: e.GetProperty("reason").GetString()!)).ToList();
        Assert.Equal(rows.Count, rows.Distinct().Count());
        Assert.Equal(rows.Count, report.RootElement.GetProperty("drafted").GetInt32());
        Assert.True(rows.Count >= 60, $"only {rows.Count} drafted");
        // Every September paper is drafted once, unless the model says none of the nine fits it.
        Assert.All(september, p => Assert.True(rows.Contains(p.ArxivId!) ^ leftOut.Contains((p.ArxivId!, "no-category-fits")), p.Title));
        Assert.Equal(march.Select(p => (p.ArxivId!, "other-month")), leftOut.Where(l => l.Reason == "other-month"));
        Assert.Equal([(september[0].ArxivId!, "duplicate")], leftOut.Where(l => l.Reason == "duplicate"));
        // Out-of-scope papers are drafted or left out, never both; the model tells most of them that no category fits
        // (out of fold it catches 84-87% of out-of-scope papers, and these ones it was trained on).
        Assert.All(outOfScope, p => Assert.True(rows.Contains(p.ArxivId!) ^ leftOut.Contains((p.ArxivId!, "no-category-fits")), p.Title));
        Assert.True(outOfScope.Count(p => leftOut.Contains((p.ArxivId!, "no-category-fits"))) * 3 >= outOfScope.Count * 2);
        Assert.Equal(september.Count + march.Count + outOfScope.Count + 1, rows.Count + leftOut.Count);

        var review = CvClassify.RunIn(Repository.Root, "review", list, "--format", "json", "--data", temp.PathOf("data"), "--fail-on", "warning");
        Assert.True(review.ExitCode == ExitCodes.Ok, review.Output);
        using var findings = JsonDocument.Parse(review.Output);
        Assert.All(findings.RootElement.EnumerateArray(), f => Assert.Equal("info", f.GetProperty("severity").GetString()));

        var fix = CvClassify.RunIn(Repository.Root, "fix", list, "--data", temp.PathOf("data"));
        Assert.Equal(ExitCodes.Ok, fix.ExitCode);
        Assert.Equal($"{list}: nothing to fix.", fix.Output.Trim());
    }

    [Fact]
    public void Draft_WithoutOut_WritesTheListToStdout_AndTheReportToStderr()
    {
        var result = CvClassify.RunIn(Repository.Root, "draft", "examples/october-2023.atom", "--month", "2023-10");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.StartsWith("# Top Computer Vision Papers in October 2023\n", result.Output);
        Assert.Contains("<h4 align=\"left\">9. Action Recognition </h4>", result.Output);
        Assert.StartsWith("Drafted ", result.ErrorLines[0]);
        Assert.Contains(result.ErrorLines, l => l.StartsWith("left out (other-month): 'Segment Anything'", StringComparison.Ordinal));
        Assert.Contains(result.ErrorLines, l => l.StartsWith("left out (no-category-fits): 'Medical Image Segmentation", StringComparison.Ordinal));
    }

    [Fact]
    public void Draft_WhenTheOutputExists_RefusesWithoutForce_AndWithForceReplacesItKeepingABackup()
    {
        using var temp = new TempDirectory();
        var list = temp.Write(OctoberFile, "my own notes\n");

        var refused = CvClassify.RunIn(Repository.Root, "draft", "examples/october-2023.atom", "--month", "2023-10", "--out", list);

        Assert.Equal(ExitCodes.BadInput, refused.ExitCode);
        Assert.Equal($"error: {list}: already exists; pass --force to replace it (the old one is kept as a .bak)", Assert.Single(refused.ErrorLines));
        Assert.Equal("my own notes\n", File.ReadAllText(list));

        var forced = CvClassify.RunIn(Repository.Root, "draft", "examples/october-2023.atom", "--month", "2023-10", "--out", list, "--force");

        Assert.Equal(ExitCodes.Ok, forced.ExitCode);
        Assert.StartsWith("# Top Computer Vision Papers in October 2023", File.ReadAllText(list));
        Assert.Equal("my own notes\n", File.ReadAllText(list + ".bak"));
        Assert.Equal($"Wrote {list} (the previous one is in {list}.bak).", forced.ErrorLines[0]);
    }

    [Fact]
    public void Draft_WithATemplate_ReusesItsIntroAndLinkPage()
    {
        using var temp = new TempDirectory();
        var list = temp.PathOf(OctoberFile);

        var result = CvClassify.RunIn(Repository.Root, "draft", "examples/october-2023.atom", "--month", "2023-10", "--out", list,
            "--template", Path.Combine(Repository.DataFolder, "Top CV Papers in September 2023.md"));

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var text = File.ReadAllText(list);
        Assert.Contains("October 2023 was a busy month", text);
        Assert.Contains("* [Image Recognition](https://github.com/youssefHosni/Montly-Top-Computer-Vision-Papers/blob/main/Top%20CV%20Papers%20in%20October%202023.md#:~:text=1.%20Image%20Recognition)", text);
    }

    [Fact]
    public void Draft_WhenItsOwnReviewFindsAnError_WritesNothingAndSaysWhyInOneLine()
    {
        using var temp = new TempDirectory();
        // An intro that names a section's heading catches that contents link before the section does.
        var template = temp.Write("Top CV Papers in May 2024.md", "# Top CV Papers in May 2024\n\nStart with 1. Image Recognition.\n\n* [Image Recognition](#:~:text=1.%20Image%20Recognition)\n");
        var list = temp.PathOf(OctoberFile);

        var result = CvClassify.RunIn(Repository.Root, "draft", "examples/october-2023.atom", "--month", "2023-10", "--out", list, "--template", template);

        Assert.Equal(ExitCodes.FindingsAtOrAboveThreshold, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("error: the draft for October 2023 would not pass review", line);
        Assert.Contains("toc-target", line);
        Assert.False(File.Exists(list));
    }

    [Fact]
    public void Draft_WhenEveryPaperIsLeftOut_SaysSoInOneLine()
    {
        // The examples are from April 2023 and earlier, or out of scope.
        var result = CvClassify.RunIn(Repository.Root, "draft", "examples/incoming.csv", "--month", "2023-10");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.StartsWith("error: nothing to draft for October 2023: all 9 paper(s) were left out (", Assert.Single(result.ErrorLines));
        Assert.Contains("other-month", result.Error);
    }

    [Theory]
    [InlineData("2023-13")]
    [InlineData("October")]
    public void Draft_WithAMonthThatIsNotYyyyMm_IsAUsageError(string month)
    {
        var result = CvClassify.RunIn(Repository.Root, "draft", "examples/october-2023.atom", "--month", month);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.StartsWith($"error: --month must be a month as yyyy-MM, such as 2023-10 (got {month})", Assert.Single(result.ErrorLines));
    }

    private static string WriteCsv(TempDirectory temp, string name, IEnumerable<Paper> papers) =>
        temp.Write(name, "title,summary,id\n" + string.Concat(papers.Select(p => $"{Quote(p.Title)},{Quote(p.Summary)},{p.ArxivId}\n")));

    private static string WriteJsonLines(TempDirectory temp, string name, IEnumerable<Paper> papers) =>
        temp.Write(name, string.Concat(papers.Select(p => JsonSerializer.Serialize(new { title = p.Title, summary = p.Summary, id = p.ArxivId }) + "\n")));

    private static string WriteAtom(TempDirectory temp, string name, IEnumerable<Paper> papers)
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = new XElement(atom + "feed",
            new XElement(atom + "title", "ArXiv Query"),
            new XElement(atom + "id", "http://arxiv.org/api/test"),
            new XElement(atom + "updated", "2023-11-01T00:00:00Z"),
            papers.Select(p => new XElement(atom + "entry",
                new XElement(atom + "id", $"http://arxiv.org/abs/{p.ArxivId}v1"),
                new XElement(atom + "updated", "2023-10-02T00:00:00Z"),
                new XElement(atom + "title", p.Title),
                new XElement(atom + "summary", p.Summary))));
        return temp.Write(name, feed.ToString());
    }

    private static string Quote(string text) => $"\"{text.Replace("\"", "\"\"")}\"";
}
