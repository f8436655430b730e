using System.Text.RegularExpressions;
using Classifier.Core.Learning.Bundles;
using Classifier.Core.Lists;
using Classifier.Core.Papers.Inputs;
using Classifier.Core.Text;

namespace Classifier.Cli;

/// <summary>The one place that decides which exceptions are the user's to fix, and how they read as one line.</summary>
internal static partial class UserErrors
{
    /// <summary>The one-line message for an exception a user can act on; null for a bug, which should crash loudly.</summary>
    /// <remarks>ML.NET wraps what a row source throws ("Splitter/consolidator worker encountered exception"); the user's cause inside wins.</remarks>
    public static string? Describe(Exception exception) => UserCause(exception) is { } cause && cause != exception
        ? Describe(cause)
        : DescribeItself(exception);

    private static Exception? UserCause(Exception? exception)
    {
        for (var depth = 0; exception is not null && depth < 16; depth++, exception = exception.InnerException)
        {
            if (exception is InputException or ListReadException or ModelBundleException)
            {
                return exception;
            }
        }
        return null;
    }

    private static string? DescribeItself(Exception exception) => exception switch
    {
        InputException input => input.Message,
        ListReadException list => list.Message,
        ModelBundleException bundle => bundle.Message,
        FileNotFoundException missing => $"{missing.FileName ?? "file"}: no such file",
        DirectoryNotFoundException directory => directory.Message,
        UnauthorizedAccessException denied => denied.Message,
        IOException io => io.Message,
        _ => FromLibrary(exception),
    };

    // A safety net behind the readers' own checks: what a parsing or learning library refuses is the input's fault, not a
    // bug, so it reads as one line too. The readers turn these into file:line first wherever they can.
    private static string? FromLibrary(Exception exception)
    {
        var source = exception.Source ?? "";
        var reason = exception.Message.Split('\n')[0].Trim();
        return exception switch
        {
            System.Text.Json.JsonException => $"not valid JSON: {reason}",
            System.Xml.XmlException => $"malformed XML: {reason}",
            _ when source.StartsWith("CsvHelper", StringComparison.Ordinal) => $"malformed CSV: {reason}",
            _ when source.StartsWith("Markdig", StringComparison.Ordinal) => $"not Markdown that Markdig can read: {reason}",
            ArgumentException or InvalidOperationException or FormatException when source.StartsWith("Microsoft.ML", StringComparison.Ordinal)
                => $"the model could not use this data: {reason}",
            _ => null,
        };
    }

    /// <summary>Writes the message as a single line so scripts can read it with one read.</summary>
    public static void Write(TextWriter error, string message) =>
        error.WriteLine($"error: {TerminalText.Escape(WhiteSpace().Replace(message, " ").Trim())}");

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
