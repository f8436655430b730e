using System.Text;
using System.Text.Json;

namespace Classifier.Core.Papers.Inputs;

/// <summary>One line of a JSON Lines input: the object's keys in order and their values as text (null for JSON null).</summary>
internal sealed class JsonLinesRecord
{
    private readonly IReadOnlyList<Value> _values;

    private JsonLinesRecord(IReadOnlyList<string> names, IReadOnlyList<Value> values)
    {
        Names = names;
        _values = values;
    }

    public IReadOnlyList<string> Names { get; }

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
            values.Add(new Value(property.Value.ValueKind, default, Escaped: false, property.Value));
        }
        return new JsonLinesRecord(names, values);
    }

    /// <summary>
    /// The same record read straight from the line's UTF-8 bytes, which it then points into (valid until they are reused);
    /// null for anything but one well-formed object, which <see cref="Parse"/> then reads or names the fault of.
    /// </summary>
    /// <param name="previous">The keys of the line before: equal keys reuse its strings.</param>
    /// <remarks>Reading 50k titles: about a third of the time of a document per line (docs/ngram2.md).</remarks>
    public static JsonLinesRecord? TryParseFast(ReadOnlyMemory<byte> utf8, IReadOnlyList<string> previous)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8.Span);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }
            var names = new List<string>(previous.Count);
            var values = new List<Value>(previous.Count);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var i = names.Count;
                names.Add(i < previous.Count && reader.ValueTextEquals(previous[i]) ? previous[i] : reader.GetString()!);
                reader.Read();
                var start = (int)reader.TokenStartIndex;
                var kind = KindOf(reader.TokenType);
                if (kind is JsonValueKind.Object or JsonValueKind.Array)
                {
                    reader.Skip();
                    values.Add(new Value(kind, default, Escaped: false, default));
                    continue;
                }
                // A string's token is its quotes and raw bytes, escapes still in.
                var length = reader.ValueSpan.Length + (kind == JsonValueKind.String ? 2 : 0);
                values.Add(new Value(kind, utf8.Slice(start, length), reader.ValueIsEscaped, default));
            }
            // Only the object's end, then nothing (JsonDocument refuses anything after the value).
            return reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == 0 && !reader.Read() ? new JsonLinesRecord(names, values) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The text of the field at <paramref name="index"/>; an error naming it when it is not a string (or, where allowed, a number).</summary>
    public string? Text(int? index, string path, int line, bool numberAllowed = false)
    {
        if (index is not { } i || _values[i].Kind == JsonValueKind.Null)
        {
            return null;
        }
        var value = _values[i];
        if (value.Kind == JsonValueKind.Number && numberAllowed)
        {
            return value.Element is { } number ? number.GetRawText() : Encoding.UTF8.GetString(value.Token.Span);
        }
        if (value.Kind != JsonValueKind.String)
        {
            throw new InputException(path, line, $"\"{Names[i]}\" is {Kind(value.Kind)}, expected a string");
        }
        try
        {
            return value.Element is { } element ? element.GetString() : String(value);
        }
        catch (InvalidOperationException)
        {
            throw new InputException(path, line, $"\"{Names[i]}\" holds a \\u escape that is not valid UTF-16 (a lone surrogate)");
        }
    }

    // A string read from its token: the bytes between the quotes as they are, or unescaped by a reader of that token alone.
    private static string String(Value value)
    {
        if (!value.Escaped)
        {
            return Encoding.UTF8.GetString(value.Token.Span[1..^1]);
        }
        var reader = new Utf8JsonReader(value.Token.Span);
        reader.Read();
        return reader.GetString()!;
    }

    /// <summary>One field's value, kept undecoded until a paper is read from it: its token in the line's bytes, or its element.</summary>
    private readonly record struct Value(JsonValueKind Kind, ReadOnlyMemory<byte> Token, bool Escaped, JsonElement? Element);

    private static JsonValueKind KindOf(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => JsonValueKind.Object,
        JsonTokenType.StartArray => JsonValueKind.Array,
        JsonTokenType.String => JsonValueKind.String,
        JsonTokenType.Number => JsonValueKind.Number,
        JsonTokenType.True => JsonValueKind.True,
        JsonTokenType.False => JsonValueKind.False,
        _ => JsonValueKind.Null,
    };

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
