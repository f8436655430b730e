using Markdig;

namespace Classifier.Core.Lists;

/// <summary>Reads a monthly Markdown list into its title, table of contents, sections and papers, keeping file and line of each.</summary>
internal static class ListParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    /// <summary>Reads and parses a list file; throws <see cref="ListReadException"/> when the file cannot be read as UTF-8 text.</summary>
    public static MonthlyList Read(string path) => Parse(ListFileReader.ReadText(path), path);

    /// <summary>Parses list Markdown by walking Markdig's syntax tree; never throws on odd content.</summary>
    public static MonthlyList Parse(string markdown, string file)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var walker = new ListTreeWalker(file, markdown);
        foreach (var block in document)
        {
            walker.Visit(block);
        }
        return walker.Build();
    }
}
