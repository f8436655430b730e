using Classifier.Core.Papers;

namespace Classifier.Core.Evaluation;

/// <summary>How a paper reaches the tool: with the lists' one-line summary, as a bare title, or with a long abstract.</summary>
public enum InputShape
{
    TitleAndSummary,
    TitleOnly,
    TitleAndLongAbstract,
}

/// <summary>What each input shape keeps of a labelled paper, and which papers it applies to.</summary>
public static class InputShapes
{
    /// <summary>A summary at least this long is an abstract pasted in, not the lists' one- or two-line summary (median 220 characters on data/).</summary>
    public const int LongAbstractCharacters = 400;

    public static IReadOnlyList<InputShape> All { get; } = [InputShape.TitleAndSummary, InputShape.TitleOnly, InputShape.TitleAndLongAbstract];

    /// <summary>The paper as that shape presents it: the title alone drops the summary; the other shapes keep the paper as listed.</summary>
    public static Paper Present(this InputShape shape, Paper paper) =>
        shape == InputShape.TitleOnly ? paper with { Summary = "" } : paper;

    /// <summary>Whether the shape measures this paper: title + long abstract only where one is present.</summary>
    public static bool Applies(this InputShape shape, Paper paper) =>
        shape != InputShape.TitleAndLongAbstract || paper.Summary.Length >= LongAbstractCharacters;

    public static string Describe(this InputShape shape) => shape switch
    {
        InputShape.TitleOnly => "title alone",
        InputShape.TitleAndLongAbstract => $"title + long abstract (summary >= {LongAbstractCharacters} chars)",
        _ => "title + summary",
    };
}
