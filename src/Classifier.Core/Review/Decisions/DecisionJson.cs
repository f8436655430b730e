using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Classifier.Core.Review.Decisions;

/// <summary>The ledger's JSON: camelCase names, kebab-case decisions ("moved-elsewhere"), every field required, one compact object per line.</summary>
internal static class DecisionJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // Titles and categories stay readable ("Image & Video Editing", not "\u0026"); the ledger is never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
        Converters = { new JsonStringEnumConverter<DecisionKind>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
    };
}
