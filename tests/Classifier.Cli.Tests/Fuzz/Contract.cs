using Classifier.Cli.Tests.Support;

namespace Classifier.Cli.Tests.Fuzz;

/// <summary>
/// What every command promises for any input: a result (exit 0 or 1 with output), one error line (exit 2, after any
/// warnings), or, for an input with no papers, the format's empty output with one <c>note:</c> line on stderr; never a
/// stack trace.
/// </summary>
internal static class Contract
{
    public static bool Holds(CliResult result, out string why)
    {
        why = result.ExitCode switch
        {
            ExitCodes.Ok when result.Output.Length == 0 && result.ErrorLines is [var note] && note.StartsWith("note: no papers in ", StringComparison.Ordinal) => "",
            ExitCodes.Ok or ExitCodes.FindingsAtOrAboveThreshold when result.Output.Length == 0 => "exit 0/1 with no output and no note saying why",
            ExitCodes.Ok or ExitCodes.FindingsAtOrAboveThreshold => "",
            // Warnings about the input (columns a reader ignores) may come first; the error is one line, the last.
            ExitCodes.BadInput when result.ErrorLines.Count(l => !IsWarning(l)) != 1 => $"exit 2 with {result.ErrorLines.Count(l => !IsWarning(l))} stderr lines other than warnings",
            ExitCodes.BadInput when !result.ErrorLines[^1].StartsWith("error: ", StringComparison.Ordinal) => "exit 2 without 'error: ' as the last line",
            ExitCodes.BadInput => "",
            _ => $"exit code {result.ExitCode}",
        };
        if (why.Length == 0 && (result.Error.Contains("   at ", StringComparison.Ordinal) || result.Error.Contains("Exception:", StringComparison.Ordinal)))
        {
            why = "a stack trace on stderr";
        }
        return why.Length == 0;
    }

    private static bool IsWarning(string line) =>
        line.StartsWith("warning: ", StringComparison.Ordinal) || line.StartsWith("note: ", StringComparison.Ordinal);
}
