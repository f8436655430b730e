using System.Text;
using System.Text.Json;
using Classifier.Core.Files;
using Classifier.Core.Papers.Inputs;

namespace Classifier.Core.Review.Decisions;

/// <summary>The decisions ledger (decisions.jsonl): read whole with every line checked, appended one flushed line at a time.</summary>
/// <remarks>
/// A line is written whole or not at all: a failed write (a full disk) cuts the file back to its length before it. A torn
/// last line (no newline, not a record: a crash mid-write) is ignored with <see cref="TornLine"/> set, and cut off by the next append.
/// </remarks>
public sealed class DecisionLedger(string path)
{
    public const string FileName = "decisions.jsonl";

    /// <summary>The largest ledger read (about 800,000 records).</summary>
    public const long MaxBytes = 256L << 20;

    public string Path { get; } = path;

    /// <summary>The number of the torn last line the last <see cref="Read"/> ignored; null when there was none.</summary>
    public int? TornLine { get; private set; }

    /// <summary>How the bytes of a line reach the file; tests make it fail halfway, as a full disk does.</summary>
    internal Action<Stream, byte[]> Writer { get; init; } = (stream, bytes) => stream.Write(bytes);

    /// <summary>The ledger beside the labelled data (the data folder's decisions.jsonl), else beside the list itself.</summary>
    public static DecisionLedger Beside(string? dataFolder, string listPath) =>
        new(System.IO.Path.Combine(dataFolder ?? System.IO.Path.GetDirectoryName(listPath) ?? ".", FileName));

    /// <summary>Every record in file order; none when the file does not exist yet. A bad line is an <see cref="InputException"/>, never skipped.</summary>
    public IReadOnlyList<LedgerEntry> Read()
    {
        if (!File.Exists(Path))
        {
            return [];
        }
        var text = ReadText();
        var lines = text.Split('\n');
        var entries = new List<LedgerEntry>();
        TornLine = null;
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            if (index == lines.Length - 1 && !TryParse(line, out _))
            {
                // The last line has no newline: a write cut short. What it held was never recorded.
                TornLine = index + 1;
                break;
            }
            entries.Add(new LedgerEntry(index + 1, Parse(line, index + 1)));
        }
        return entries;
    }

    private string ReadText()
    {
        try
        {
            return Encoding.UTF8.GetString(BoundedFile.ReadAllBytes(Path, MaxBytes));
        }
        catch (BoundedReadException refused)
        {
            throw new InputException(Path, 0, refused.Message[(Path.Length + 2)..], refused);
        }
    }

    private bool TryParse(string line, out DecisionRecord? record)
    {
        try
        {
            record = Parse(line, 0);
            return true;
        }
        catch (InputException)
        {
            record = null;
            return false;
        }
    }

    /// <summary>Appends one record as one line and flushes it to disk before returning, so a crash keeps every decision made.</summary>
    /// <exception cref="IOException">The write failed (a full disk); the ledger is left as it was, and the message says so.</exception>
    public void Append(DecisionRecord record)
    {
        var line = JsonSerializer.Serialize(record, DecisionJson.Options) + "\n";
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!);
        using var stream = new FileStream(Path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        var start = EndOfLastWholeLine(stream, out var needsNewline);
        stream.SetLength(start);
        stream.Seek(start, SeekOrigin.Begin);
        try
        {
            Writer(stream, Encoding.UTF8.GetBytes(needsNewline ? "\n" + line : line));
            stream.Flush(flushToDisk: true);
        }
        catch (IOException exception)
        {
            TryCutBack(stream, start);
            throw new IOException($"{Path}: could not record the decision ({exception.Message}); the ledger is as it was", exception);
        }
    }

    // Where the new line goes: after the last newline when the tail is a torn record (cut off), else at the end, after a
    // newline of its own when an editor saved the last line without one.
    private long EndOfLastWholeLine(FileStream stream, out bool needsNewline)
    {
        needsNewline = false;
        if (stream.Length == 0)
        {
            return 0;
        }
        var tailLength = (int)Math.Min(stream.Length, 64 * 1024);
        var tail = new byte[tailLength];
        stream.Seek(-tailLength, SeekOrigin.End);
        stream.ReadExactly(tail);
        var lastNewline = Array.LastIndexOf(tail, (byte)'\n');
        if (lastNewline == tailLength - 1)
        {
            return stream.Length;
        }
        var partial = Encoding.UTF8.GetString(tail, lastNewline + 1, tailLength - lastNewline - 1);
        if (string.IsNullOrWhiteSpace(partial) || !TryParse(partial.TrimEnd('\r'), out _))
        {
            return stream.Length - (tailLength - lastNewline - 1);
        }
        needsNewline = true;
        return stream.Length;
    }

    private static void TryCutBack(FileStream stream, long length)
    {
        try
        {
            stream.SetLength(length);
        }
        catch (IOException)
        {
            // Cutting back frees space, so it rarely fails; if it does, the torn tail is cut by the next read or append.
        }
    }

    private DecisionRecord Parse(string line, int number)
    {
        DecisionRecord? record;
        try
        {
            record = JsonSerializer.Deserialize<DecisionRecord>(line, DecisionJson.Options);
        }
        catch (JsonException exception)
        {
            throw new InputException(Path, number, $"not a decision record: {FirstSentence(exception.Message)}", exception);
        }
        return Check(record, number);
    }

    private DecisionRecord Check(DecisionRecord? record, int number)
    {
        var problem = record switch
        {
            null => "not a decision record: null",
            { PaperId: "" } => "empty paperId",
            { Decision: DecisionKind.MovedElsewhere, Chosen: null or "" } => "a moved-elsewhere decision names no chosen category",
            _ => null,
        };
        return problem is null ? record! : throw new InputException(Path, number, problem);
    }

    // System.Text.Json appends the path and position in further sentences; the line number already says where.
    private static string FirstSentence(string message) => message.Split(". Path:", 2)[0].TrimEnd('.');
}
