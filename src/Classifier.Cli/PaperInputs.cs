using Classifier.Core.Papers;
using Classifier.Core.Papers.Inputs;
using Classifier.Core.Text;

namespace Classifier.Cli;

/// <summary>Reads the papers of <c>tag</c>'s and <c>draft</c>'s inputs the same way.</summary>
internal static class PaperInputs
{
    /// <summary>
    /// The papers of every input in turn: '-' is standard input, other paths are read from the working folder, and the
    /// fields a file's papers ignore are named once each on stderr.
    /// </summary>
    public static IEnumerable<Paper> Read(CliContext context, IEnumerable<string> inputs, string? format)
    {
        var reader = new PaperInputReader(warning => context.Error.WriteLine(TerminalText.Escape($"warning: {warning}")))
        {
            StandardInput = context.StandardInput,
        };
        return reader.Read(inputs.Select(i => i == InputPaths.StandardInput ? i : context.Resolve(i)), format);
    }
}
