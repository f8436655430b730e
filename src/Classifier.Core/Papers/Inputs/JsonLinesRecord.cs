using System.Text.Json;

namespace Classifier.Core.Papers.Inputs;

/// <summary>One line of a JSON Lines input: the object's keys in order and their values as text (null for JSON null).</summary>
internal sealed record JsonLinesRecord(IReadOnlyList<string> Names, IReadOnlyList<JsonLinesRecord.Value> Values)
{
    /// <summary>Reads one object; strings and numbers are kept as written (an id may be the number 2303.16203), anything else is refused.</summary>
    public static JsonLinesRecord Parse(string text, string path, int line)
    {
        using var document = JsonDocument.Parse(text);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new InputException(path, line, $"expected a JSON object, found {Kind(document.RootElement.ValueKind)}");
        }
        var names = new List<string>();
        var values = new List<Value>();
        foreach (var property in document.RootElement.EnumerateObject())
        {
            names.Add(property.Name);
            var kind = property.Value.ValueKind;
            values.Add(new Value(kind == JsonValueKind.String ? property.Value.GetString() : property.Value.GetRawText(), kind));
        }
        return new JsonLinesRecord(names, values);
    }

    /// <summary>The text of the field at <paramref name="index"/>; an error naming it when it is an array, object or boolean.</summary>
    public string? Text(int? index, string path, int line)
    {
        if (index is not { } i || Values[i].Kind == JsonValueKind.Null)
        {
            return null;
        }
        // Only the fields a paper is read from must be text; what the others hold does not matter.
        if (Values[i].Kind is not (JsonValueKind.String or JsonValueKind.Number))
        {
            throw new InputException(path, line, $"\"{Names[i]}\" is {Kind(Values[i].Kind)}, expected a string");
        }
        return Values[i].Text;
    }

    /// <summary>A field's text as written (a string unquoted) and what kind of JSON value it is.</summary>
    internal readonly record struct Value(string? Text, JsonValueKind Kind);

    private static string Kind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
