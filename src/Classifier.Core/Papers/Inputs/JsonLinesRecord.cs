using System.Text.Json;

namespace Classifier.Core.Papers.Inputs;

/// <summary>One line of a JSON Lines input: the object's keys in order and their values as text (null for JSON null).</summary>
internal sealed record JsonLinesRecord(IReadOnlyList<string> Names, IReadOnlyList<JsonLinesRecord.Value> Values)
{
    /// <summary>Reads one object, keeping each value's text as written (a string unquoted) and its kind.</summary>
    public static JsonLinesRecord Parse(string text, string path, int line)
    {
        using var document = JsonDocument.Parse(text);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new InputException(path, line, $"expected a JSON object, found {Kind(document.RootElement.ValueKind)}");
        }
        var names = new List<string>();
        var values = new List<Value>();
        // Cloned once, as a whole, so that the values outlive the pooled document and only the fields a paper is read
        // from are decoded (an ignored field may hold anything); a clone per field cost a third of reading 50k titles.
        foreach (var property in document.RootElement.Clone().EnumerateObject())
        {
            names.Add(property.Name);
            values.Add(new Value(property.Value));
        }
        return new JsonLinesRecord(names, values);
    }

    /// <summary>The text of the field at <paramref name="index"/>; an error naming it when it is not a string (or, where allowed, a number).</summary>
    public string? Text(int? index, string path, int line, bool numberAllowed = false)
    {
        if (index is not { } i || Values[i].Element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        var element = Values[i].Element;
        if (element.ValueKind == JsonValueKind.Number && numberAllowed)
        {
            return element.GetRawText();
        }
        if (element.ValueKind != JsonValueKind.String)
        {
            throw new InputException(path, line, $"\"{Names[i]}\" is {Kind(element.ValueKind)}, expected a string");
        }
        try
        {
            return element.GetString();
        }
        catch (InvalidOperationException)
        {
            throw new InputException(path, line, $"\"{Names[i]}\" holds a \\u escape that is not valid UTF-16 (a lone surrogate)");
        }
    }

    /// <summary>One field's value, kept undecoded until a paper is read from it.</summary>
    internal readonly record struct Value(JsonElement Element);

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
