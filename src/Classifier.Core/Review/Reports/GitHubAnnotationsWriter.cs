namespace Classifier.Core.Review.Reports;

/// <summary>Writes findings as GitHub Actions workflow commands, so a CI run annotates the list's lines.</summary>
public sealed class GitHubAnnotationsWriter : IFindingsWriter
{
    /// <summary>Writes one <c>::level file=...,line=...,title=...::message</c> command per finding.</summary>
    public void Write(IReadOnlyList<Finding> findings, TextWriter output)
    {
        foreach (var finding in findings)
        {
            var message = string.IsNullOrWhiteSpace(finding.SuggestedFix)
                ? finding.Message
                : $"{finding.Message}\nSuggested fix: {finding.SuggestedFix}";
            output.WriteLine(
                $"::{Level(finding.Severity)} file={EscapeProperty(finding.Location.File)},line={finding.Location.Line}," +
                $"title={EscapeProperty(finding.RuleId)}::{EscapeData(message)}");
        }
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "notice",
    };

    // The escapes of @actions/core's command.ts: data loses %, CR and LF; properties also : and ,.
    internal static string EscapeData(string text) =>
        text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    internal static string EscapeProperty(string text) =>
        EscapeData(text).Replace(":", "%3A").Replace(",", "%2C");
}
