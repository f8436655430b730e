namespace Classifier.Core.Papers.Inputs;

/// <summary>The kinds of file that papers can be read from.</summary>
public enum InputFormat
{
    Csv,
    Tsv,
    JsonLines,
    Atom,
    MarkdownList,
}
