using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Classifier.Core.Tagging.Outputs;

/// <summary>Writes one JSON object per tagged paper and line: id, title, source, the verdict, the top categories, the reasons and the nearest labelled papers.</summary>
public sealed class TagResultJsonLinesWriter : ITagResultWriter
{
    private static readonly JsonWriterOptions s_options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Whether each line carries "reasons" and "neighbours"; without them the tagger need not compute either.</summary>
    public bool Explain { get; init; } = true;

    /// <summary>Streams the results, one line each.</summary>
    public void Write(IEnumerable<TagResult> results, TextWriter output, int top)
    {
        // One JSON writer, one byte buffer and one character buffer for every line.
        var buffer = new ArrayBufferWriter<byte>(1024);
        using var json = new Utf8JsonWriter(buffer, s_options);
        var chars = new char[1024];
        foreach (var result in results)
        {
            buffer.ResetWrittenCount();
            json.Reset();
            WriteResult(json, result, top);
            json.Flush();
            if (Encoding.UTF8.GetMaxCharCount(buffer.WrittenCount) > chars.Length)
            {
                chars = new char[Encoding.UTF8.GetMaxCharCount(buffer.WrittenCount)];
            }
            output.Write(chars, 0, Encoding.UTF8.GetChars(buffer.WrittenSpan, chars));
            output.WriteLine();
            output.Flush();
        }
    }

    private void WriteResult(Utf8JsonWriter json, TagResult result, int top)
    {
        json.WriteStartObject();
        // A paper without an id has none here (null), rather than its title twice.
        json.WriteString("id", result.Paper.ArxivId);
        json.WriteString("title", result.Paper.Title);
        WriteSource(json, result.Paper.Source);
        json.WriteBoolean("noCategoryFits", result.NoCategoryFits);
        json.WriteString("category", result.Proposed?.Name);
        json.WriteNumber("confidence", Math.Round(result.Confidence, 4));
        // "X, or Y": the second category when the model is in doubt between the two; null otherwise.
        json.WriteString("alsoFits", result.AlsoFits?.Category.Name);
        if (result.AlsoFits is { } also)
        {
            json.WriteNumber("alsoFitsProbability", Math.Round(also.Probability, 4));
        }
        else
        {
            json.WriteNull("alsoFitsProbability");
        }
        json.WriteStartArray("top");
        foreach (var score in result.Ranked.Take(top))
        {
            json.WriteStartObject();
            json.WriteString("category", score.Category.Name);
            json.WriteNumber("probability", Math.Round(score.Probability, 4));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        if (Explain)
        {
            WriteExplanation(json, result);
        }
        json.WriteEndObject();
    }

    // "file:line", formatted without a string of its own per line.
    private static void WriteSource(Utf8JsonWriter json, Papers.SourceLocation source)
    {
        Span<char> text = stackalloc char[512];
        if (source.TryFormat(text, out var written))
        {
            json.WriteString("source", text[..written]);
        }
        else
        {
            json.WriteString("source", source.ToString());
        }
    }

    private static void WriteExplanation(Utf8JsonWriter json, TagResult result)
    {
        json.WriteStartArray("reasons");
        foreach (var reason in result.Reasons)
        {
            json.WriteStringValue(reason.Ngram);
        }
        json.WriteEndArray();
        json.WriteStartArray("neighbours");
        foreach (var neighbour in result.Neighbours)
        {
            json.WriteStartObject();
            json.WriteString("title", neighbour.Title);
            json.WriteString("category", neighbour.Category);
            json.WriteString("month", neighbour.Month);
            json.WriteNumber("similarity", Math.Round(neighbour.Similarity, 4));
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
