using Classifier.Core.Lists;

namespace Classifier.Core.Papers.Inputs;

/// <summary>Reads the papers of a monthly Markdown list, with the category each is filed under.</summary>
public sealed class MarkdownListPaperReader : IPaperReader
{
    public static MarkdownListPaperReader Instance { get; } = new();

    /// <summary>Parses the whole list (lists are small and a table needs its header) and yields its rows in order.</summary>
    public IEnumerable<Paper> Read(string path) => ListParser.Read(path).Papers;

    // A list's columns are positional (paper, project, summary under any header), so no column is ever ignored.
    public IEnumerable<Paper> Read(string path, Action<string> warn) => Read(path);
}
