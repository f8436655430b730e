using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Classifier.Core.Drafting;

/// <summary>Writes what a draft did: how many papers it filed, which are in doubt, and which it left out and why.</summary>
internal static class DraftReportWriter
{
    // Titles and category names keep '&' and quotes readable, as the decisions ledger does.
    private static readonly DraftReportContext Json = new(new JsonSerializerOptions(DraftReportContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>A few lines for a person: a count, then one line per paper left out.</summary>
    public static void WriteText(MonthDraft draft, TextWriter output)
    {
        var entries = draft.Entries.ToList();
        var doubts = entries.Count(e => e.Doubt is not null);
        var byReview = entries.Count(e => e.FiledByReview);
        output.WriteLine($"Drafted {entries.Count} paper(s) for {draft.Month} in {draft.Sections.Count(s => s.Value.Count > 0)} section(s); "
            + $"{doubts} in doubt (marked '<!-- in doubt: ... -->' in their rows"
            + (byReview > 0 ? $"; {byReview} filed where review's misfile check proposes, not under the tagger's top category" : "")
            + $"); left out {draft.LeftOut.Count}.");
        foreach (var left in draft.LeftOut)
        {
            output.WriteLine($"left out ({left.ReasonId}): '{left.Paper.Title}' ({left.Paper.Source}): {left.Detail}");
        }
    }

    /// <summary>The same as an indented JSON object, for scripts.</summary>
    public static void WriteJson(MonthDraft draft, string? listFile, TextWriter output)
    {
        var report = new DraftReport(
            draft.Month.ToIso(),
            listFile,
            draft.Entries.Count(),
            [.. draft.Entries.Where(e => e.Doubt is not null).Select(e => new DoubtRecord(
                e.Paper.Id, e.Paper.Title, e.Category.Name, Math.Round(e.Doubt!.TopProbability, 4), e.Doubt.Second.Name, Math.Round(e.Doubt.SecondProbability, 4), e.FiledByReview))],
            [.. draft.LeftOut.Select(l => new LeftOutRecord(l.Paper.Id, l.Paper.Title, l.Paper.Source.File, l.Paper.Source.Line, l.ReasonId, l.Detail))]);
        output.WriteLine(JsonSerializer.Serialize(report, Json.DraftReport));
    }
}

/// <summary>The JSON shape of a draft's report.</summary>
internal sealed record DraftReport(string Month, string? List, int Drafted, IReadOnlyList<DoubtRecord> InDoubt, IReadOnlyList<LeftOutRecord> LeftOut);

/// <summary>A paper filed under its top category that also fits a second one.</summary>
/// <param name="FiledByReview">Filed where review's misfile check proposes, the tagger's top category being <paramref name="AlsoFits"/>.</param>
internal sealed record DoubtRecord(string Id, string Title, string Category, double Probability, string AlsoFits, double AlsoProbability, bool FiledByReview);

/// <summary>A paper left out of the draft, where it was read and why.</summary>
internal sealed record LeftOutRecord(string Id, string Title, string File, int Line, string Reason, string Detail);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(DraftReport))]
internal sealed partial class DraftReportContext : JsonSerializerContext;
