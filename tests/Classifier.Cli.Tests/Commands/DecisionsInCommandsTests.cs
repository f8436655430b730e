using System.Text.Json;
using Classifier.Cli.Tests.Support;
using Classifier.Core.Review.Decisions;

namespace Classifier.Cli.Tests.Commands;

[Collection(TrainedModelCollection.Name)]
public sealed class DecisionsInCommandsTests(TrainedModelFixture model)
{
    [Fact]
    public void Review_WhenACuratorRejectedAFlag_HidesItAndAllShowsIt()
    {
        using var temp = new TempDirectory();
        var list = temp.Copy(Repository.March);
        var (id, p, proposed) = FirstMisfile(list);
        Reject(temp.PathOf("decisions.jsonl"), id, proposed, list, p);

        var hidden = Run("review", list, "--format", "json");
        var all = Run("review", list, "--format", "json", "--all");

        // The same paper may have other findings (a missing summary, say); only its misfile flag is hidden.
        Assert.DoesNotContain(MisfileIds(hidden.Output), x => x == id);
        Assert.Contains("1 misfile flag(s) hidden", hidden.Error);
        Assert.Contains(MisfileIds(all.Output), x => x == id);
        Assert.Contains("rejected on 2026-11-20 at p=", all.Output);
    }

    private static List<string?> MisfileIds(string json) =>
        [.. System.Text.Json.JsonDocument.Parse(json).RootElement.EnumerateArray()
            .Where(f => f.GetProperty("rule").GetString() == "misfile")
            .Select(f => f.GetProperty("paperId").GetString())];

    [Fact]
    public void Review_WhenTheModelIsMuchSurerThanWhenRejected_ShowsTheFlagAndSaysWhy()
    {
        using var temp = new TempDirectory();
        var list = temp.Copy(Repository.March);
        var (id, p, proposed) = FirstMisfile(list);
        Reject(temp.PathOf("decisions.jsonl"), id, proposed, list, Math.Max(0, p - 0.3));

        var result = Run("review", list, "--format", "json");

        Assert.Contains($"\"paperId\": \"{id}\"", result.Output);
        Assert.Contains($"rejected on 2026-11-20; now p={p:0.00}", result.Output);
    }

    [Fact]
    public void Review_WhenTheLedgerNamesAPaperNoLongerInTheList_WarnsWithTheLedgerLine()
    {
        using var temp = new TempDirectory();
        var list = temp.Copy(Repository.March);
        Reject(temp.PathOf("decisions.jsonl"), "2303.99999", "Video Analysis", list, 0.5);

        var result = Run("review", list, "--format", "json");

        Assert.Equal(ExitCodes.FindingsAtOrAboveThreshold, result.ExitCode);
        Assert.Contains($"warning: {temp.PathOf("decisions.jsonl")}:1: 2303.99999 is no longer in {list}", result.Error);
    }

    [Fact]
    public void Review_WhenTheLedgerHasACorruptLine_WritesOneLineNamingItAndReturnsBadInput()
    {
        using var temp = new TempDirectory();
        var list = temp.Copy(Repository.March);
        var ledger = temp.Write("decisions.jsonl", "not json\n");

        var result = Run("review", list);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.StartsWith($"error: {ledger}:1: not a decision record", Assert.Single(result.ErrorLines));
        Assert.Equal("not json\n", File.ReadAllText(ledger));
    }

    [Fact]
    public void Fix_WithAcceptAndWrite_RecordsTheMoveAndLaterNoticesItWasUndone()
    {
        using var temp = new TempDirectory();
        var list = temp.Copy(Repository.March);
        var (id, _, _) = FirstMisfile(list);

        var fix = Run("fix", list, "--accept", id, "--write");
        var record = Assert.Single(new DecisionLedger(temp.PathOf("decisions.jsonl")).Read()).Record;
        File.Copy(list + ".bak", list, overwrite: true);
        var again = Run("fix", list);

        Assert.Equal(ExitCodes.Ok, fix.ExitCode);
        Assert.Equal((id, DecisionKind.Accepted), (record.PaperId, record.Decision));
        Assert.Matches("^[0-9a-f]{16}$", record.Model);
        Assert.Contains($"note: {list}: '{record.Title}' was moved to {record.Chosen} on ", again.Error);
        Assert.Contains($"(accepted) but is filed under {record.Before} now", again.Error);
    }

    [Fact]
    public void FixWrite_RerunAfterACrashBetweenTheLedgerAndTheList_MakesTheMoveAndRecordsItOnce()
    {
        using var temp = new TempDirectory();
        var list = temp.Copy(Repository.March);
        var (id, _, _) = FirstMisfile(list);
        Run("fix", list, "--accept", id, "--write");
        // As if killed after the decision was recorded and before the list was renamed into place.
        File.Copy(list + ".bak", list, overwrite: true);

        var rerun = Run("fix", list, "--accept", id, "--write");

        Assert.Equal(ExitCodes.Ok, rerun.ExitCode);
        Assert.NotEqual(File.ReadAllText(Repository.March), File.ReadAllText(list));
        Assert.Single(new DecisionLedger(temp.PathOf("decisions.jsonl")).Read());
    }

    [Fact]
    public void Review_WhenManyLedgerRecordsNameGonePapers_WarnsOnceWithTheCount()
    {
        using var temp = new TempDirectory();
        var list = temp.Copy(Repository.March);
        for (var i = 0; i < 40; i++)
        {
            Reject(temp.PathOf("decisions.jsonl"), $"2303.{90000 + i}", "Video Analysis", list, 0.5);
        }

        var result = Run("review", list, "--format", "json");

        var warning = Assert.Single(result.ErrorLines, l => l.StartsWith("warning: ", StringComparison.Ordinal));
        Assert.Equal($"warning: {temp.PathOf("decisions.jsonl")}:1: 40 decisions are about papers no longer in {list} (the first: 2303.90000); they are kept but apply to nothing", warning);
    }

    [Fact]
    public void Review_WhenTheLedgerPathHoldsAnEscapeSequence_EscapesItInTheWarning()
    {
        using var temp = new TempDirectory();
        var list = temp.Copy(Repository.March);
        var ledger = temp.PathOf("evil\u001b]0;pwned\u0007.jsonl");
        Reject(ledger, "2303.99999", "Video Analysis", list, 0.5);

        var result = Run("review", list, "--format", "json", "--ledger", ledger);

        Assert.Contains("warning: ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', result.Error);
    }

    [Fact]
    public void Review_WhenTheLedgersLastLineIsTorn_WarnsAndStillReviews()
    {
        using var temp = new TempDirectory();
        var list = temp.Copy(Repository.March);
        var ledger = temp.PathOf("decisions.jsonl");
        Reject(ledger, "2303.17605", "Vision Model Optimization", list, 0.9);
        File.AppendAllText(ledger, "{\"paperId\":\"23");

        var result = Run("review", list, "--format", "json");

        Assert.Equal(ExitCodes.FindingsAtOrAboveThreshold, result.ExitCode);
        Assert.Contains($"warning: {ledger}:2: the last line is cut short", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_WithTheLedgerOfAnotherList_WritesOneLineNamingItsFirstRecord()
    {
        using var temp = new TempDirectory();
        var list = temp.Copy(Repository.June);
        var ledger = temp.PathOf("march.jsonl");
        Reject(ledger, "2303.17605", "Vision Model Optimization", Repository.March, 0.9);

        var result = Run("review", list, "--ledger", ledger);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal(
            $"error: {ledger}:1: decision about Top CV Papers in March 2023.md (2023-03), and none about Top CV Papers in June 2023.md (2023-06): is this the ledger of another list?",
            Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void Fix_WithMinScore_LeavesARejectedFlagUnlessItsIdIsGiven()
    {
        using var temp = new TempDirectory();
        var list = temp.Copy(Repository.March);
        var (id, p, proposed) = FirstMisfile(list);
        Reject(temp.PathOf("decisions.jsonl"), id, proposed, list, p);

        var byScore = Run("fix", list, "--min-score", "0");
        var byId = Run("fix", list, "--min-score", "0", "--accept", id);

        var shown = id.Contains(' ') ? $"\"{id}\"" : id;
        Assert.Contains($"hint: not moved (a curator rejected this flag; use --accept {shown} to move it anyway)", byScore.Error);
        Assert.DoesNotContain($"--accept {shown} to move it anyway)", byId.Error);
    }

    [Fact]
    public void Fix_WithWriteOnAReadOnlyList_WritesOneLineAndRecordsNothing()
    {
        using var temp = new TempDirectory();
        var list = temp.Copy(Repository.March);
        var (id, _, _) = FirstMisfile(list);
        File.SetAttributes(list, FileAttributes.ReadOnly);

        var result = Run("fix", list, "--accept", id, "--write");
        File.SetAttributes(list, FileAttributes.Normal);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.EndsWith($"error: {Path.GetFullPath(list)}: the file is read-only; nothing was changed (make it writable and run again)", result.Error.Trim());
        Assert.Equal(File.ReadAllText(Repository.March), File.ReadAllText(list));
        Assert.False(File.Exists(temp.PathOf("decisions.jsonl")));
    }

    private CliResult Run(params string[] args) => CvClassify.Run([.. args, "--model", model.ModelPath]);

    private (string Id, double P, string Proposed) FirstMisfile(string list)
    {
        using var json = JsonDocument.Parse(Run("review", list, "--format", "json").Output);
        var misfile = json.RootElement.EnumerateArray().First(f => f.GetProperty("rule").GetString() == "misfile");
        return (misfile.GetProperty("paperId").GetString()!, misfile.GetProperty("probability").GetDouble(), misfile.GetProperty("proposedCategory").GetString()!);
    }

    private static void Reject(string ledger, string id, string proposed, string list, double p) =>
        new DecisionLedger(ledger).Append(new DecisionRecord(
            id, "a title", Path.GetFileName(list), "2023-03", "Image Recognition", proposed, DecisionKind.Rejected, null, 0.9, p, "model",
            new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero)));
}
