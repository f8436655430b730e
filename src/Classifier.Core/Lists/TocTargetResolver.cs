using System.Text;

namespace Classifier.Core.Lists;

/// <summary>Resolves a table-of-contents link to the section it lands on: by GitHub heading slug or by text fragment.</summary>
internal static class TocTargetResolver
{
    public static ListSection? Resolve(string link, IReadOnlyList<ListSection> sections, DocumentText document)
    {
        var fragment = TextFragment.Parse(link);
        if (fragment is not null)
        {
            var at = fragment.FindIn(document.Text);
            var index = at < 0 ? -1 : document.SectionAt(at);
            return index < 0 ? null : sections[index];
        }
        var hash = link.IndexOf('#');
        if (hash < 0)
        {
            return null;
        }
        var slug = Uri.UnescapeDataString(link[(hash + 1)..]);
        return sections.FirstOrDefault(s => Slug(s.Heading) == slug);
    }

    /// <summary>GitHub's heading anchor: lower case, punctuation dropped, each space a hyphen.</summary>
    public static string Slug(string heading)
    {
        var slug = new StringBuilder();
        foreach (var c in heading.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                slug.Append(c);
            }
            else if (c is ' ' or '\u00A0')
            {
                slug.Append('-');
            }
        }
        return slug.ToString();
    }
}
