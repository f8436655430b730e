using Classifier.Core.Files;

namespace Classifier.Core.Papers.Inputs;

/// <summary>Reads papers from any number of input files, choosing a reader for each by format or extension.</summary>
public sealed class PaperInputReader(Func<InputFormat, IPaperReader>? readerFor = null, Action<string>? warn = null)
{
    private readonly Func<InputFormat, IPaperReader> _readerFor = readerFor ?? DefaultReaderFor;
    private readonly Action<string> _warn = warn ?? (_ => { });

    /// <summary>Reads with the default readers, telling <paramref name="warn"/> of fields each file's reader ignores.</summary>
    public PaperInputReader(Action<string> warn)
        : this(null, warn)
    {
    }

    /// <summary>Where '-' reads from; none unless given (then '-' is refused).</summary>
    public Func<Stream>? StandardInput { get; init; }

    /// <summary>
    /// Streams the papers of every input in turn. Folders, patterns and '-' are expanded at once (see
    /// <see cref="InputPaths.Expand"/>), so a bad input is refused before any output; no file is read until the sequence is enumerated.
    /// </summary>
    public IEnumerable<Paper> Read(IEnumerable<string> paths, string? explicitFormat = null) =>
        ReadFiles(InputPaths.Expand(paths, explicitFormat), explicitFormat);

    private IEnumerable<Paper> ReadFiles(IReadOnlyList<string> files, string? explicitFormat)
    {
        foreach (var path in files)
        {
            var reader = _readerFor(InputFormatDetector.Detect(path, explicitFormat));
            var papers = path == InputPaths.StandardInput ? ReadStandardInput(reader) : ReadFile(reader, path);
            foreach (var paper in papers)
            {
                yield return paper;
            }
        }
    }

    private IEnumerable<Paper> ReadFile(IPaperReader reader, string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException(path, 0, "no such file");
        }
        return IsEmpty(path) ? [] : reader.Read(path, _warn);
    }

    // The readers check a file twice (a bad UTF-8 byte is located by a second pass), so standard input is spooled to a
    // temporary file first; messages and sources name it '-'.
    private IEnumerable<Paper> ReadStandardInput(IPaperReader reader)
    {
        var open = StandardInput ?? throw new InputException(InputPaths.StandardInput, 0, "standard input cannot be read here");
        using var spool = StandardInputSpool.Copy(open);
        if (IsEmpty(spool.Path))
        {
            yield break;
        }
        using var papers = reader.Read(spool.Path, w => _warn(w.Replace(spool.Path, InputPaths.StandardInput, StringComparison.Ordinal))).GetEnumerator();
        while (Next(papers, spool.Path))
        {
            yield return papers.Current with { Source = new SourceLocation(InputPaths.StandardInput, papers.Current.Source.Line) };
        }
    }

    // An empty file is an input with no papers in every format, not a malformed CSV or feed.
    private static bool IsEmpty(string path) => FileKind.IsRegular(path) && new FileInfo(path).Length == 0;

    private static bool Next(IEnumerator<Paper> papers, string spool)
    {
        try
        {
            return papers.MoveNext();
        }
        catch (InputException e) when (e.File == spool)
        {
            throw new InputException(InputPaths.StandardInput, e.Line, e.Reason, e);
        }
        catch (Lists.ListReadException e) when (e.File == spool)
        {
            throw new InputException(InputPaths.StandardInput, e.Line, e.Reason, e);
        }
    }

    private static IPaperReader DefaultReaderFor(InputFormat format) => format switch
    {
        InputFormat.Csv => DelimitedPaperReader.Csv,
        InputFormat.Tsv => DelimitedPaperReader.Tsv,
        InputFormat.JsonLines => JsonLinesPaperReader.Instance,
        InputFormat.Atom => AtomPaperReader.Instance,
        InputFormat.MarkdownList => MarkdownListPaperReader.Instance,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };
}
