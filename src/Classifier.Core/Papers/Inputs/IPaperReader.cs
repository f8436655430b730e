namespace Classifier.Core.Papers.Inputs;

/// <summary>Reads the papers of one input file lazily, in file order, each with its file and line.</summary>
public interface IPaperReader
{
    /// <summary>Yields the file's papers one at a time; throws <see cref="InputException"/> at the first bad record.</summary>
    /// <remarks><paramref name="warn"/> hears, once per file, of fields the reader ignores.</remarks>
    IEnumerable<Paper> Read(string path, Action<string> warn);
}
