namespace Classifier.Core.Papers;

/// <summary>A paper as read from a list row or an input file; Category is null when unlabelled.</summary>
public sealed record Paper
{
    public required string Title { get; init; }

    public string Summary { get; init; } = "";

    /// <summary>New-style arXiv id such as 2303.16203, when the paper or project link names one.</summary>
    public string? ArxivId { get; init; }

    public string? PaperUrl { get; init; }

    /// <summary>The project page link; null for "--" or an empty cell.</summary>
    public string? ProjectUrl { get; init; }

    public Category? Category { get; init; }

    /// <summary>
    /// The other sections the same paper is listed under in its list (the curator files some papers under two categories on
    /// purpose): one paper with several labels, <see cref="Category"/> being the first listed.
    /// </summary>
    public IReadOnlyList<Category> AlsoListedUnder { get; init; } = [];

    /// <summary>The curator's note on why the paper is filed as it is (out-of-scope.jsonl's <c>why</c>); null for list rows and inputs.</summary>
    public string? Note { get; init; }

    public SourceLocation Source { get; init; }

    /// <summary>A stable key for the paper: the arXiv id, else the title.</summary>
    public string Id => ArxivId ?? Title;
}
