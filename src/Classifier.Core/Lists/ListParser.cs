using Markdig;
using Markdig.Syntax;

namespace Classifier.Core.Lists;

/// <summary>Reads a monthly Markdown list into its title, table of contents, sections and papers, keeping file and line of each.</summary>
internal static class ListParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    /// <summary>Reads and parses a list file; throws <see cref="ListReadException"/> when the file cannot be read as UTF-8 text.</summary>
    public static MonthlyList Read(string path) => Parse(ListFileReader.ReadText(path), path);

    /// <summary>Parses list Markdown by walking Markdig's syntax tree; throws <see cref="ListReadException"/> only for Markdown nested past Markdig's limit.</summary>
    public static MonthlyList Parse(string markdown, string file)
    {
        var document = ParseMarkdown(markdown, file);
        var walker = new ListTreeWalker(file, markdown);
        foreach (var block in document)
        {
            walker.Visit(block);
        }
        return walker.Build();
    }

    private static MarkdownDocument ParseMarkdown(string markdown, string file)
    {
        try
        {
            return Markdown.Parse(markdown, Pipeline);
        }
        // Markdig refuses input nested past its depth limit with an ArgumentException (or runs out of stack first).
        catch (Exception e) when (e is ArgumentException or InsufficientExecutionStackException)
        {
            throw new ListReadException(file, 0, $"not a list Markdig can read: {e.Message.Split('\n')[0].Trim()}");
        }
    }
}
