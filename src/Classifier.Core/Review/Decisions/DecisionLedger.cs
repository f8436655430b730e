using System.Text;
using System.Text.Json;
using Classifier.Core.Papers.Inputs;

namespace Classifier.Core.Review.Decisions;

/// <summary>The decisions ledger (decisions.jsonl): read whole with every line checked, appended one flushed line at a time.</summary>
public sealed class DecisionLedger(string path)
{
    public const string FileName = "decisions.jsonl";

    public string Path { get; } = path;

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
        var entries = new List<LedgerEntry>();
        var number = 0;
        foreach (var line in File.ReadLines(Path))
        {
            number++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                entries.Add(new LedgerEntry(number, Parse(line, number)));
            }
        }
        return entries;
    }

    /// <summary>Appends one record as one line and flushes it to disk before returning, so a crash keeps every decision made.</summary>
    public void Append(DecisionRecord record)
    {
        var line = JsonSerializer.Serialize(record, DecisionJson.Options) + "\n";
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!);
        using var stream = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.Read);
        stream.Write(Encoding.UTF8.GetBytes(EndsInNewline(stream) ? line : "\n" + line));
        stream.Flush(flushToDisk: true);
    }

    // A last line saved without its newline (an editor, a torn write) would otherwise run into the new record.
    private bool EndsInNewline(FileStream stream)
    {
        if (stream.Length == 0)
        {
            return true;
        }
        using var reader = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        reader.Seek(-1, SeekOrigin.End);
        return reader.ReadByte() == '\n';
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
