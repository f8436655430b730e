namespace Classifier.Core.Lists;

/// <summary>Builds table-of-contents links, as text fragments naming a section's heading.</summary>
internal static class TocLink
{
    /// <summary>The link with its fragment replaced by one that lands on the section's heading.</summary>
    public static string Retarget(string link, ListSection section) => To(PageOf(link), section.Heading);

    /// <summary>A link to the page with a text fragment naming the heading.</summary>
    // '-' and ',' are syntax inside a text fragment, so they must be percent-encoded in the text.
    public static string To(string page, string heading) => $"{page}#:~:text={Uri.EscapeDataString(heading).Replace("-", "%2D")}";

    /// <summary>The link without its fragment.</summary>
    public static string PageOf(string link)
    {
        var hash = link.IndexOf('#');
        return hash < 0 ? link : link[..hash];
    }
}
