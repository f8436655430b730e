using Classifier.Core.Files;

namespace Classifier.Core.Papers.Inputs;

/// <summary>Reads papers from any number of input files, choosing a reader for each by format or extension.</summary>
public sealed class PaperInputReader(Func<InputFormat, IPaperReader>? readerFor = null)
{
    private readonly Func<InputFormat, IPaperReader> _readerFor = readerFor ?? DefaultReaderFor;

    /// <summary>Streams the papers of every file in turn; nothing is read until the sequence is enumerated.</summary>
    public IEnumerable<Paper> Read(IEnumerable<string> paths, string? explicitFormat = null)
    {
        foreach (var path in paths)
        {
            var reader = _readerFor(InputFormatDetector.Detect(path, explicitFormat));
            if (!File.Exists(path))
            {
                throw new InputException(path, 0, "no such file");
            }
            // An empty file is an input with no papers in every format, not a malformed CSV or feed.
            if (FileKind.IsRegular(path) && new FileInfo(path).Length == 0)
            {
                continue;
            }
            foreach (var paper in reader.Read(path))
            {
                yield return paper;
            }
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
