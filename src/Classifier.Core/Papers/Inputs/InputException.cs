namespace Classifier.Core.Papers.Inputs;

/// <summary>A user's input file could not be read as papers; carries the file and 1-based line (0 when unknown).</summary>
public sealed class InputException : Exception
{
    public InputException(string file, int line, string reason, Exception? inner = null)
        : base(Format(file, line, reason), inner)
    {
        File = file;
        Line = line;
        Reason = reason;
    }

    public string File { get; }

    public int Line { get; }

    public string Reason { get; }

    private static string Format(string file, int line, string reason) =>
        line > 0 ? $"{file}:{line}: {reason}" : $"{file}: {reason}";
}
