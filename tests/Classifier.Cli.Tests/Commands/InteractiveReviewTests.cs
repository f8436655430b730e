using Classifier.Cli.Tests.Support;
using Classifier.Core.Lists;
using Classifier.Core.Review.Decisions;
using Spectre.Console.Testing;

namespace Classifier.Cli.Tests.Commands;

[Collection(TrainedModelCollection.Name)]
public sealed class InteractiveReviewTests(TrainedModelFixture model) : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void Interactive_AcceptRejectQuit_RecordsBothMovesTheAcceptedAndComesBackToTheRest()
    {
        var list = _temp.Copy(Repository.March);

        var first = Review(list, "accept", "rej", "quit");
        var records = Ledger().Read().Select(e => e.Record).ToList();
        var second = Review(list, "quit");

        Assert.Equal(ExitCodes.Ok, first.ExitCode);
        Assert.Contains("Flag 1 of ", first.Output);
        Assert.Equal([DecisionKind.Accepted, DecisionKind.Rejected], records.Select(r => r.Decision));
        Assert.Equal(records[0].Chosen, ListParser.Read(list).FindRow(records[0].PaperId)!.Paper.Category!.Name);
        Assert.Equal(File.ReadAllText(Repository.March), File.ReadAllText(list + ".bak"));
        // A move only reorders lines: the March list's broken rows are left for 'fix'.
        Assert.Equal(File.ReadAllLines(list + ".bak").Order(StringComparer.Ordinal), File.ReadAllLines(list).Order(StringComparer.Ordinal));
        Assert.Contains("Moved 1 paper(s)", first.Output);
        Assert.Contains("-> accepted: moves to ", first.Output);
        var total = int.Parse(first.Output.Split(" undecided misfile flag(s)")[0].Split('\n')[^1]);
        Assert.StartsWith($"{total - 2} undecided misfile flag(s)", second.Output);
        Assert.DoesNotContain(records[1].Title, second.Output.Split("Decision?")[0]);
    }

    [Fact]
    public void Interactive_WhenABackupAlreadyExists_NamesTheBackupItReallyWrote()
    {
        var list = _temp.Copy(Repository.March);
        File.WriteAllText(list + ".bak", "an older backup");

        var result = Review(list, "accept", "quit");

        Assert.Contains($"(the list as it was is in {list}.bak.1)", result.Output.Replace("\n", ""), StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(Repository.March), File.ReadAllText(list + ".bak.1"));
    }

    [Fact]
    public void Interactive_WhenTheListPathHoldsAnEscapeSequence_ShowsItEscapedInThePanel()
    {
        var folder = Directory.CreateDirectory(_temp.PathOf("evil\u001b]0;pwned\u0007")).FullName;
        var list = Path.Combine(folder, Path.GetFileName(Repository.March));
        File.Copy(Repository.March, list);

        var result = Review(list, "quit");

        Assert.Contains("Flag 1 of ", result.Output);
        Assert.DoesNotContain("\u001b]0;pwned", result.Output.Split("Flag 1 of ")[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Interactive_AnotherCategoryThenUndo_LeavesTheListAndRecordsTheUndo()
    {
        var list = _temp.Copy(Repository.March);
        var terminal = new TestConsole().Interactive().Width(160);
        Type(terminal, "another");
        terminal.Input.PushKey(ConsoleKey.DownArrow);
        terminal.Input.PushKey(ConsoleKey.Enter);
        Type(terminal, "undo");
        Type(terminal, "quit");

        var result = CvClassify.RunAtTerminal(terminal, "review", list, "--interactive", "--model", model.ModelPath);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal([DecisionKind.MovedElsewhere, DecisionKind.Undone], Ledger().Read().Select(e => e.Record.Decision));
        Assert.Equal(File.ReadAllText(Repository.March), File.ReadAllText(list));
        Assert.False(File.Exists(list + ".bak"));
        Assert.Contains("No paper moved", result.Output);
    }

    [Fact]
    public void Interactive_EscapeInAnotherCategory_GoesBackToTheDecisionWithoutRecordingAnything()
    {
        var list = _temp.Copy(Repository.March);
        var terminal = new TestConsole().Interactive().Width(160);
        Type(terminal, "another");
        terminal.Input.PushKey(ConsoleKey.Escape);
        Type(terminal, "quit");

        var result = CvClassify.RunAtTerminal(terminal, "review", list, "--interactive", "--model", model.ModelPath);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("-> back to the decision", result.Output);
        Assert.Empty(Ledger().Read());
        Assert.Equal(File.ReadAllText(Repository.March), File.ReadAllText(list));
    }

    [Fact]
    public void Interactive_Panel_ShowsTheSummaryAndTheArxivLinkOfTheFlaggedPaper()
    {
        var list = _temp.Copy(Repository.March);

        var result = Review(list, "quit");

        var panel = result.Output.Split("Decision?")[0];
        var line = int.Parse(System.Text.RegularExpressions.Regex.Match(panel, @"\.md:(\d+)").Groups[1].Value);
        var paper = ListParser.Read(list).Rows.Single(r => r.FirstLine == line).Paper;
        var link = paper.ArxivId is { } id ? $"https://arxiv.org/abs/{id}" : paper.PaperUrl!;
        Assert.Matches($@"Link\s+{System.Text.RegularExpressions.Regex.Escape(link)}", panel);
        Assert.Contains(paper.Summary.Length > 0 ? paper.Summary[..Math.Min(30, paper.Summary.Length)] : "(none in the list)", panel);
    }

    [Fact]
    public void Interactive_WhenEveryFlagIsDecided_SaysSoWithoutPrompting()
    {
        var list = _temp.Copy(Repository.March);
        var total = int.Parse(Review(list, "quit").Output.Split(" undecided")[0]);

        Review(list, [.. Enumerable.Repeat("reject", total), "finish"]);
        var again = Review(list);

        Assert.Equal(total, Ledger().Read().Count);
        Assert.Equal($"No undecided misfile flags in {list} (review --all lists the rejected ones).", again.Output.Trim());
    }

    [Fact]
    public void Interactive_WithoutATerminal_RefusesInOneLine()
    {
        var list = _temp.Copy(Repository.March);

        var result = CvClassify.Run("review", list, "--interactive", "--model", model.ModelPath);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal("error: review --interactive needs a terminal, and stdin is not one (without --interactive, review prints its findings for scripts)", Assert.Single(result.ErrorLines));
        Assert.False(File.Exists(Ledger().Path));
    }

    [Fact]
    public void Interactive_WhileAnotherReviewHoldsTheList_NamesTheHolderAndChangesNothing()
    {
        var list = _temp.Copy(Repository.March);
        using var other = Core.Files.FileLock.Acquire(list, "cvclassify review --interactive");

        var result = Review(list, "accept");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Matches(@"^error: .*: in use by another cvclassify \(pid \d+ on .+ since .+ for cvclassify review --interactive\); try again when it ends, or delete .+\.lock if that process is gone$", Assert.Single(result.ErrorLines));
        Assert.Equal(File.ReadAllText(Repository.March), File.ReadAllText(list));
        Assert.False(File.Exists(Ledger().Path));
    }

    [Fact]
    public void Interactive_OnAReadOnlyList_RefusesBeforeAnyDecision()
    {
        var list = _temp.Copy(Repository.March);
        File.SetAttributes(list, FileAttributes.ReadOnly);

        var result = Review(list, "accept");
        File.SetAttributes(list, FileAttributes.Normal);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal($"error: {list}: the file is read-only; nothing was changed (make it writable and run again)", Assert.Single(result.ErrorLines));
        Assert.False(File.Exists(Ledger().Path));
        Assert.False(File.Exists(list + ".lock"));
    }

    public void Dispose() => _temp.Dispose();

    private CliResult Review(string list, params string[] choices)
    {
        var terminal = new TestConsole().Interactive().Width(160);
        choices.ToList().ForEach(c => Type(terminal, c));
        return CvClassify.RunAtTerminal(terminal, "review", list, "--interactive", "--model", model.ModelPath);
    }

    // Search is on in the prompts, so a word selects the choice it names.
    private static void Type(TestConsole terminal, string word)
    {
        terminal.Input.PushText(word);
        terminal.Input.PushKey(ConsoleKey.Enter);
    }

    private DecisionLedger Ledger() => new(_temp.PathOf(DecisionLedger.FileName));
}
