using System.ServiceModel.Syndication;
using System.Text.RegularExpressions;
using System.Xml;

namespace Classifier.Core.Papers.Inputs;

/// <summary>Reads papers from an Atom feed such as the arXiv API's, one entry at a time.</summary>
public sealed partial class AtomPaperReader : IPaperReader
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    public static AtomPaperReader Instance { get; } = new();

    /// <summary>Streams one paper per entry: title, summary, and the arXiv id from the entry id without its version.</summary>
    public IEnumerable<Paper> Read(string path) => Read(path, _ => { });

    /// <summary>As <see cref="Read(string)"/>; Atom names its elements, and authors, dates and categories are ignored without a warning.</summary>
    public IEnumerable<Paper> Read(string path, Action<string> warn)
    {
        var line = 1;
        using var guard = new RecordSizeGuard(File.OpenRead(path), () => new InputException(path, line, RecordLimits.TooLarge("the entry")));
        using var xml = XmlReader.Create(guard, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreComments = true });
        CheckRoot(xml, path);
        while (MoveToNextEntry(xml, path))
        {
            line = ((IXmlLineInfo)xml).LineNumber;
            guard.StartRecord();
            yield return ToPaper(LoadEntry(xml, path, line), new SourceLocation(path, line));
        }
    }

    // An RSS feed or any other XML would otherwise give no entries and look like an empty feed.
    private static void CheckRoot(XmlReader xml, string path)
    {
        bool found;
        try
        {
            found = xml.MoveToContent() == XmlNodeType.Element;
        }
        catch (XmlException exception)
        {
            throw new InputException(path, exception.LineNumber, Reason("malformed XML", exception), exception);
        }
        if (!found || xml.LocalName != "feed" || xml.NamespaceURI != AtomNamespace)
        {
            var root = found ? $"<{xml.Name}>" : "no root element";
            throw new InputException(path, ((IXmlLineInfo)xml).LineNumber, $"not an Atom feed: expected <feed xmlns=\"{AtomNamespace}\">, found {root}");
        }
    }

    private static bool MoveToNextEntry(XmlReader xml, string path)
    {
        try
        {
            // SyndicationItem.Load leaves the reader just past an entry, which may already be the next one.
            return IsEntry(xml) || xml.ReadToFollowing("entry", AtomNamespace);
        }
        catch (XmlException exception)
        {
            throw new InputException(path, exception.LineNumber, Reason("malformed XML", exception), exception);
        }
    }

    private static bool IsEntry(XmlReader xml) =>
        xml.NodeType == XmlNodeType.Element && xml.LocalName == "entry" && xml.NamespaceURI == AtomNamespace;

    private static SyndicationItem LoadEntry(XmlReader xml, string path, int line)
    {
        try
        {
            return SyndicationItem.Load(xml);
        }
        catch (XmlException exception)
        {
            var at = exception.LineNumber > 0 ? exception.LineNumber : line;
            throw new InputException(path, at, Reason("malformed Atom entry", exception), exception);
        }
        catch (FormatException exception)
        {
            throw new InputException(path, line, $"malformed Atom entry: {exception.Message}", exception);
        }
    }

    private static Paper ToPaper(SyndicationItem entry, SourceLocation location)
    {
        var title = Collapse(entry.Title?.Text);
        if (entry.Id?.Contains("/api/errors", StringComparison.Ordinal) == true)
        {
            throw new InputException(location.File, location.Line, $"the arXiv API returned an error: {Collapse(entry.Summary?.Text)}");
        }
        if (title.Length == 0)
        {
            throw new InputException(location.File, location.Line, "the entry has no title");
        }
        return new Paper
        {
            Title = title,
            // A feed other than arXiv's may carry the abstract as <content> instead of <summary>.
            Summary = Collapse(entry.Summary?.Text is { Length: > 0 } summary ? summary : (entry.Content as TextSyndicationContent)?.Text),
            ArxivId = ArxivIds.FromTextOrKeep(entry.Id),
            PaperUrl = entry.Id,
            Source = location,
        };
    }

    // XmlReader decodes the bytes itself; its message for bad UTF-8 is worded as the other readers word it.
    private static string Reason(string what, XmlException exception) =>
        exception.Message.StartsWith("Invalid character in the given encoding", StringComparison.Ordinal)
            ? "not valid UTF-8 (or not the encoding the XML declaration names)"
            : $"{what}: {exception.Message.Split(" Line ")[0]}";

    // arXiv wraps titles and abstracts at ~80 columns with newlines and indentation.
    private static string Collapse(string? text) => text is null ? "" : WhiteSpace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
