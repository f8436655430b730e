namespace Classifier.Core.Papers.Inputs;

/// <summary>Which fields of a record (a CSV header, the keys of a JSON object) hold a paper's title, summary, id and link.</summary>
/// <remarks>
/// Names match in any case and ignoring spaces, '_' and '-': arXiv and Semantic Scholar exports call the summary 'abstract',
/// Zotero 'Abstract Note'; a paper's arXiv id may come from its 'url' when no id field names one.
/// </remarks>
internal sealed class PaperFields
{
    private static readonly string[] s_title = ["title"];
    private static readonly string[] s_summary = ["summary", "abstract", "description", "abstractnote"];
    private static readonly string[] s_id = ["id", "arxivid", "arxiv", "paperid"];
    private static readonly string[] s_link = ["url", "link", "paperurl"];

    /// <summary>What the readers look for, for messages.</summary>
    public const string Known = "title, summary (or abstract, description), id and url";

    private PaperFields(IReadOnlyList<string> names)
    {
        var keys = names.Select(Key).ToList();
        Title = Find(keys, s_title);
        Summary = Find(keys, s_summary);
        Id = Find(keys, s_id);
        Link = Find(keys, s_link);
        int?[] used = [Title, Summary, Id, Link];
        Ignored = [.. names.Where((_, i) => !used.Contains(i)).Where(n => n.Trim().Length > 0)];
    }

    public int? Title { get; }

    public int? Summary { get; }

    public int? Id { get; }

    public int? Link { get; }

    /// <summary>The names of the fields no paper is read from, in record order.</summary>
    public IReadOnlyList<string> Ignored { get; }

    public static PaperFields Of(IReadOnlyList<string> names) => new(names);

    /// <summary>The one warning a reader gives per file about the fields it ignores.</summary>
    public static string IgnoredWarning(string path, IReadOnlyList<string> ignored) =>
        $"{path}: ignoring {(ignored.Count == 1 ? "field" : "fields")} {string.Join(", ", ignored.Select(n => $"'{n}'"))} (a paper is read from {Known})";

    /// <summary>The arXiv id from the id field, else from an arXiv link; a non-arXiv id is kept as written.</summary>
    public static string? ArxivId(string? id, string? link) =>
        ArxivIds.FromTextOrKeep(id) ?? ArxivIds.FromLink(link);

    // The first alias present wins, so 'summary' beats 'abstract' when a file has both.
    private static int? Find(List<string> keys, string[] aliases) =>
        aliases.Select(a => keys.IndexOf(a)).Where(i => i >= 0).Select(i => (int?)i).FirstOrDefault();

    private static string Key(string name) => new([.. name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
}
