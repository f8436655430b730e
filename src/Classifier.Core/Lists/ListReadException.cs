namespace Classifier.Core.Lists;

/// <summary>A list that cannot be read at all (missing, too large, binary, not UTF-8), with the file and line to blame.</summary>
internal sealed class ListReadException(string file, int line, string reason) : Exception(line > 0 ? $"{file}:{line}: {reason}" : $"{file}: {reason}")
{
    public string File { get; } = file;

    /// <summary>1-based line of the fault; 0 when it concerns the whole file.</summary>
    public int Line { get; } = line;

    public string Reason { get; } = reason;
}
