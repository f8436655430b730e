using System.Text.RegularExpressions;
using Classifier.Core.Learning;
using Classifier.Core.Lists;
using Classifier.Core.Papers.Inputs;

namespace Classifier.Cli;

/// <summary>The one place that decides which exceptions are the user's to fix, and how they read as one line.</summary>
internal static partial class UserErrors
{
    /// <summary>The one-line message for an exception a user can act on; null for a bug, which should crash loudly.</summary>
    public static string? Describe(Exception exception) => exception switch
    {
        InputException input => input.Message,
        ListReadException list => list.Message,
        ModelBundleException bundle => bundle.Message,
        FileNotFoundException missing => $"{missing.FileName ?? "file"}: no such file",
        DirectoryNotFoundException directory => directory.Message,
        UnauthorizedAccessException denied => denied.Message,
        IOException io => io.Message,
        _ => null,
    };

    /// <summary>Writes the message as a single line so scripts can read it with one read.</summary>
    public static void Write(TextWriter error, string message) =>
        error.WriteLine($"error: {TerminalText.Escape(WhiteSpace().Replace(message, " ").Trim())}");

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
