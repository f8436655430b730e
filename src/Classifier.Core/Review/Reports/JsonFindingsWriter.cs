using System.Text.Json;
using System.Text.Json.Serialization;

namespace Classifier.Core.Review.Reports;

/// <summary>Writes findings as an indented JSON array of flat objects, one per finding.</summary>
public sealed class JsonFindingsWriter : IFindingsWriter
{
    /// <summary>Writes the array; severity is lower-case text and the location is split into file and line.</summary>
    public void Write(IReadOnlyList<Finding> findings, TextWriter output)
    {
        var records = findings.Select(FindingRecord.From).ToList();
        output.WriteLine(JsonSerializer.Serialize(records, FindingRecordContext.Default.ListFindingRecord));
    }
}

/// <summary>The JSON shape of one finding.</summary>
internal sealed record FindingRecord(
    string Rule,
    string Severity,
    string File,
    int Line,
    string Message,
    string SuggestedFix,
    double Score,
    string? PaperId,
    string? ProposedCategory,
    double? Probability,
    IReadOnlyList<string>? Reasons)
{
    public static FindingRecord From(Finding finding) => new(
        finding.RuleId,
        finding.Severity.ToString().ToLowerInvariant(),
        finding.Location.File,
        finding.Location.Line,
        finding.Message,
        finding.SuggestedFix,
        Math.Round(finding.Score, 4),
        finding.PaperId,
        finding.ProposedCategory?.Name,
        finding.Evidence is { } evidence ? Math.Round(evidence.ProposedProbability, 4) : null,
        finding.Evidence?.Reasons);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(List<FindingRecord>))]
internal sealed partial class FindingRecordContext : JsonSerializerContext;
