using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax.Inlines;

namespace Classifier.Core.Lists;

/// <summary>The plain text of Markdig inlines and HTML snippets: literals and code kept, tags dropped, white space collapsed.</summary>
internal static partial class InlineText
{
    public static string Of(Inline? inline)
    {
        var text = new StringBuilder();
        Append(inline, text);
        return Collapse(text.ToString());
    }

    public static string OfHtml(string html) => Collapse(System.Net.WebUtility.HtmlDecode(Tag().Replace(html, " ")));

    public static string Collapse(string text) => Spaces().Replace(text, " ").Trim();

    private static void Append(Inline? inline, StringBuilder text)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.ToString());
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, text);
                }
                break;
        }
    }

    // Collapses ordinary white space but keeps non-breaking spaces, which the review reports as they are.
    [GeneratedRegex(@"[ \t\r\n]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();
}
