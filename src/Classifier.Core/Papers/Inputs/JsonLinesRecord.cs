using System.Text.Json.Serialization;

namespace Classifier.Core.Papers.Inputs;

/// <summary>One line of a JSON Lines input, as written by a user or a previous tool.</summary>
internal sealed record JsonLinesRecord(string? Title, string? Summary, string? Id);

[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(JsonLinesRecord))]
internal sealed partial class JsonLinesRecordContext : JsonSerializerContext;
