using Classifier.Core.Papers.Inputs;
using Classifier.Core.Review.Decisions;
using Classifier.Core.Tests.Support;

namespace Classifier.Core.Tests.Review.Decisions;

public sealed class DecisionLedgerTests
{
    [Fact]
    public void Read_WhenTheFileDoesNotExist_IsEmptyAndCreatesNothing()
    {
        using var temp = new TempDirectory();
        var ledger = new DecisionLedger(temp.PathOf("decisions.jsonl"));

        var entries = ledger.Read();

        Assert.Empty(entries);
        Assert.False(File.Exists(ledger.Path));
    }

    [Fact]
    public void Append_ThenRead_GivesBackEveryRecordWithItsLine()
    {
        using var temp = new TempDirectory();
        var ledger = new DecisionLedger(temp.PathOf("decisions.jsonl"));
        var moved = DecisionSamples.Record(DecisionKind.MovedElsewhere) with { Chosen = "Video Analysis" };

        ledger.Append(DecisionSamples.Record(DecisionKind.Rejected));
        ledger.Append(moved);
        var entries = ledger.Read();

        Assert.Equal([1, 2], entries.Select(e => e.Line));
        Assert.Equal(DecisionSamples.Record(DecisionKind.Rejected), entries[0].Record);
        Assert.Equal(moved, entries[1].Record);
    }

    [Fact]
    public void Append_WritesOneCompactLineWithKebabCaseDecisions()
    {
        using var temp = new TempDirectory();
        var ledger = new DecisionLedger(temp.PathOf("decisions.jsonl"));

        ledger.Append(DecisionSamples.Record(DecisionKind.MovedElsewhere) with { Chosen = "Image & Video Editing" });

        var text = File.ReadAllText(ledger.Path);
        Assert.EndsWith("\n", text);
        Assert.Single(text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("\"decision\":\"moved-elsewhere\"", text);
        Assert.Contains("\"time\":\"2026-11-20T12:00:00+00:00\"", text);
        Assert.Contains("\"chosen\":\"Image & Video Editing\"", text);
        Assert.DoesNotContain("moves", text);
    }

    [Fact]
    public void Read_WhenALineIsCorrupt_NamesTheFileAndLineAndKeepsTheFile()
    {
        using var temp = new TempDirectory();
        var ledger = new DecisionLedger(temp.PathOf("decisions.jsonl"));
        ledger.Append(DecisionSamples.Record(DecisionKind.Rejected));
        File.AppendAllText(ledger.Path, "{\"paperId\":\"2404.1\",\"title\":\n");
        var before = File.ReadAllText(ledger.Path);

        var error = Assert.Throws<InputException>(() => ledger.Read());

        Assert.Equal(2, error.Line);
        Assert.StartsWith($"{ledger.Path}:2: not a decision record", error.Message);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Equal(before, File.ReadAllText(ledger.Path));
    }

    [Theory]
    [InlineData("{\"paperId\":\"2404.1\"}", "missing required properties")]
    [InlineData("{\"paperId\":\"2404.00001\",\"title\":\"t\",\"list\":\"l.md\",\"month\":\"2024-04\",\"before\":\"a\",\"proposed\":\"b\",\"decision\":\"maybe\",\"chosen\":null,\"score\":0.5,\"probability\":0.5,\"model\":\"m\",\"time\":\"2026-11-20T12:00:00Z\"}", "not a decision record")]
    [InlineData("{\"paperId\":\"2404.00001\",\"title\":\"t\",\"list\":\"l.md\",\"month\":\"2024-04\",\"before\":\"a\",\"proposed\":\"b\",\"decision\":\"moved-elsewhere\",\"chosen\":null,\"score\":0.5,\"probability\":0.5,\"model\":\"m\",\"time\":\"2026-11-20T12:00:00Z\"}", "names no chosen category")]
    public void Read_WhenARecordIsIncomplete_SaysWhatIsWrongOnThatLine(string line, string reason)
    {
        using var temp = new TempDirectory();
        var file = temp.Write("decisions.jsonl", line + "\n");

        var error = Assert.Throws<InputException>(() => new DecisionLedger(file).Read());

        Assert.Equal(1, error.Line);
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void Append_WhenTheLastLineLacksItsNewline_StartsANewLine()
    {
        using var temp = new TempDirectory();
        var ledger = new DecisionLedger(temp.PathOf("decisions.jsonl"));
        ledger.Append(DecisionSamples.Record(DecisionKind.Rejected));
        File.WriteAllText(ledger.Path, File.ReadAllText(ledger.Path).TrimEnd('\n'));

        ledger.Append(DecisionSamples.Record(DecisionKind.Accepted));

        Assert.Equal([DecisionKind.Rejected, DecisionKind.Accepted], ledger.Read().Select(e => e.Record.Decision));
    }

    [Fact]
    public void Append_WhenTheDiskFillsHalfwayThroughTheLine_LeavesTheLedgerAsItWasAndSaysSo()
    {
        using var temp = new TempDirectory();
        var path = temp.PathOf("decisions.jsonl");
        new DecisionLedger(path).Append(DecisionSamples.Record(DecisionKind.Rejected));
        var before = File.ReadAllBytes(path);
        var full = new DecisionLedger(path)
        {
            Writer = (stream, bytes) =>
            {
                stream.Write(bytes, 0, bytes.Length / 2);
                throw new IOException("No space left on device");
            },
        };

        var error = Assert.Throws<IOException>(() => full.Append(DecisionSamples.Record(DecisionKind.Accepted)));

        Assert.Equal($"{path}: could not record the decision (No space left on device); the ledger is as it was", error.Message);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Single(new DecisionLedger(path).Read());
    }

    [Fact]
    public void Read_WhenTheLastLineIsTorn_IgnoresItAndTheNextAppendCutsItOff()
    {
        using var temp = new TempDirectory();
        var ledger = new DecisionLedger(temp.PathOf("decisions.jsonl"));
        ledger.Append(DecisionSamples.Record(DecisionKind.Rejected));
        File.AppendAllText(ledger.Path, "{\"paperId\":\"2404.1\",\"tit");

        var read = ledger.Read();
        var torn = ledger.TornLine;
        ledger.Append(DecisionSamples.Record(DecisionKind.Accepted));
        var after = ledger.Read();

        Assert.Single(read);
        Assert.Equal(2, torn);
        Assert.Equal([DecisionKind.Rejected, DecisionKind.Accepted], after.Select(e => e.Record.Decision));
        Assert.Null(ledger.TornLine);
    }

    [Fact]
    public void Read_WhenTheLedgerIsAFifo_RefusesItInOneLineWithoutWaiting()
    {
        using var temp = new TempDirectory();
        var path = temp.PathOf("decisions.jsonl");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]))
        {
            mkfifo.WaitForExit();
        }

        var error = Assert.Throws<InputException>(() => new DecisionLedger(path).Read());

        Assert.Equal($"{path}: a FIFO (named pipe), not a regular file", error.Message);
    }
}
