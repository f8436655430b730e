namespace Classifier.Core.Review.Reports;

/// <summary>Picks the writer for a findings format.</summary>
public static class FindingsWriters
{
    public static IFindingsWriter For(FindingsFormat format) => format switch
    {
        FindingsFormat.Markdown => new MarkdownFindingsWriter(),
        FindingsFormat.Json => new JsonFindingsWriter(),
        FindingsFormat.GitHub => new GitHubAnnotationsWriter(),
        FindingsFormat.Sarif => new SarifFindingsWriter(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };
}
