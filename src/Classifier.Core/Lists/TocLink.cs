namespace Classifier.Core.Lists;

/// <summary>Builds table-of-contents links, as text fragments naming a section's heading.</summary>
internal static class TocLink
{
    /// <summary>The link with its fragment replaced by one that lands on the section's heading.</summary>
    public static string Retarget(string link, ListSection section)
    {
        var hash = link.IndexOf('#');
        var page = hash < 0 ? link : link[..hash];
        // '-' and ',' are syntax inside a text fragment, so they must be percent-encoded in the text.
        return $"{page}#:~:text={Uri.EscapeDataString(section.Heading).Replace("-", "%2D")}";
    }
}
