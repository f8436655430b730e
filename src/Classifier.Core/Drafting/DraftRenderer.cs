using System.Globalization;
using System.Text;
using Classifier.Core.Lists;
using Classifier.Core.Papers;

namespace Classifier.Core.Drafting;

/// <summary>Writes a draft in the curator's format: title, intro, contents list, the nine sections and their rows.</summary>
internal static class DraftRenderer
{
    public const string TableHeader = "| Paper  | Project Page | Abstract / Short Summary |\n| ------------- | ------------- |------------- |";

    /// <summary>The Markdown of a list with the given entries per category, each section's entries in the order given.</summary>
    public static string Render(DraftTemplate template, IReadOnlyDictionary<Category, IReadOnlyList<DraftEntry>> sections)
    {
        var text = new StringBuilder();
        text.Append($"# {template.Title}\n\n{template.Intro}\n\n");
        foreach (var category in Taxonomy.Categories)
        {
            text.Append($"* [{category.Name}]({TocLink.To(template.Page, Heading(category))})\n");
        }
        text.Append("\n\n");
        foreach (var category in Taxonomy.Categories)
        {
            text.Append($"\n<h4 align=\"left\">{Heading(category)} </h4>\n\n{TableHeader}\n");
            foreach (var entry in sections.GetValueOrDefault(category) ?? [])
            {
                text.Append(Row(entry)).Append('\n');
            }
            text.Append('\n');
        }
        return text.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>One row: <c>| [title](link) | project or -- | summary |</c>, a doubt as an HTML comment the page does not show.</summary>
    public static string Row(DraftEntry entry)
    {
        var paper = entry.Paper;
        var project = paper.ProjectUrl is { } url ? $"[:octocat:]({MarkdownCell.LinkTarget(url)})" : "--";
        var summary = MarkdownCell.Text(SummaryTrimmer.Trim(paper.Summary));
        var note = entry.Doubt is { } doubt ? $"<!-- in doubt: {entry.Category.Name} p={P(doubt.TopProbability)}, or {doubt.Second.Name} p={P(doubt.SecondProbability)} -->" : "";
        var cell = string.Join(' ', new[] { summary, note }.Where(s => s.Length > 0));
        return $"| [{MarkdownCell.LinkLabel(paper.Title)}]({MarkdownCell.LinkTarget(entry.Link)}) | {project} | {cell} |";
    }

    /// <summary>The heading text of a category's section, as the lists write it ("4. Image Segmentation").</summary>
    public static string Heading(Category category) => $"{category.Number}. {category.Name}";

    private static string P(double probability) => probability.ToString("0.00", CultureInfo.InvariantCulture);
}
