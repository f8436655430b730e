using System.Text.Encodings.Web;
using System.Text.Json;

namespace Classifier.Core.Review.Reports;

/// <summary>Writes findings as a SARIF 2.1.0 log, so GitHub code scanning and editors show them on the list's lines.</summary>
public sealed class SarifFindingsWriter : IFindingsWriter
{
    private const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>Writes one run of the cvclassify tool: the rules that fired, then one result per finding in the given order.</summary>
    public void Write(IReadOnlyList<Finding> findings, TextWriter output)
    {
        var rules = findings.Select(f => f.RuleId).Distinct().ToList();
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, rules);
            json.WriteStartArray("results");
            findings.ToList().ForEach(f => WriteResult(json, f, rules.IndexOf(f.RuleId)));
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteTool(Utf8JsonWriter json, IReadOnlyList<string> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "cvclassify");
        json.WriteString("semanticVersion", typeof(SarifFindingsWriter).Assembly.GetName().Version?.ToString(3) ?? "1.0.0");
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule);
            WriteMessage(json, "shortDescription", RuleDescriptions.For(rule));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Finding finding, int ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(finding.Severity));
        WriteMessage(json, "message", string.IsNullOrWhiteSpace(finding.SuggestedFix) ? finding.Message : $"{finding.Message}. Suggested fix: {finding.SuggestedFix}");
        WriteLocation(json, finding);
        json.WriteStartObject("partialFingerprints");
        // Stable across runs and line shifts, so code scanning keeps one alert per paper and proposal.
        json.WriteString("cvclassify/v1", $"{finding.RuleId}:{finding.PaperId ?? finding.Location.Line.ToString()}:{finding.ProposedCategory?.Name}");
        json.WriteEndObject();
        WriteProperties(json, finding);
        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, Finding finding)
    {
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", ArtifactUri(finding.Location.File));
        json.WriteEndObject();
        if (finding.Location.Line > 0)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", finding.Location.Line);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteProperties(Utf8JsonWriter json, Finding finding)
    {
        json.WriteStartObject("properties");
        json.WriteNumber("score", Math.Round(finding.Score, 4));
        if (finding.PaperId is { } id)
        {
            json.WriteString("paperId", id);
        }
        if (finding.Evidence is { } evidence)
        {
            json.WriteString("filedUnder", evidence.Current);
            json.WriteString("proposedCategory", evidence.Proposed);
            json.WriteNumber("probability", Math.Round(evidence.ProposedProbability, 4));
            json.WriteStartArray("reasons");
            evidence.Reasons.ToList().ForEach(json.WriteStringValue);
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    /// <summary>A relative path as a relative URI (forward slashes, each segment escaped); a rooted one as a file: URI.</summary>
    internal static string ArtifactUri(string path)
    {
        if (Path.IsPathRooted(path))
        {
            return new Uri(Path.GetFullPath(path)).AbsoluteUri;
        }
        return string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));
    }
}
