using System.Text;
using Classifier.Cli.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace Classifier.Cli.Tests.Fuzz;

/// <summary>FsCheck generators of plausible inputs (lists, CSV, JSON Lines, Atom) with random damage applied to their bytes.</summary>
public static class InputGenerators
{
    private static readonly string[] Words =
    [
        "Segment", "Anything", "diffusion", "video", "NeRF", "3D", "GAN", "transformer", "efficient", "action",
        "\"quoted\"", "a,b", "pipe|cell", "[link](x)", "<b>", "&amp;", "é", "日本", "🙂", "\\", "`code`", "--",
    ];

    public static Arbitrary<DamagedInput> Lists() => Damaged(".md", ListText()).ToArbitrary();

    public static Arbitrary<DamagedInput> Delimited() => Damaged(".csv", CsvText()).ToArbitrary();

    public static Arbitrary<DamagedInput> JsonLines() => Damaged(".jsonl", JsonLinesText()).ToArbitrary();

    public static Arbitrary<DamagedInput> Atom() => Damaged(".atom", AtomText()).ToArbitrary();

    /// <summary>A small labelled month (three categories of four papers) with damage, for train and evaluate.</summary>
    public static Arbitrary<DamagedInput> SmallMonths() => Damaged(".md", SmallMonthText("April 2024", "2404")).ToArbitrary();

    /// <summary>A decisions ledger of well-formed records with damage applied to its bytes.</summary>
    public static Arbitrary<DamagedInput> Ledgers() => Damaged(".jsonl", LedgerText()).ToArbitrary();

    /// <summary>An intact small month, the second month of a fuzzed data folder.</summary>
    public static string IntactSmallMonth() =>
        SmallMonth("May 2024", "2405", [.. Enumerable.Range(0, 12).Select(i => (Words[i % 10] + " " + Words[(i * 3) % 10], Words[(i * 7) % 10] + " " + Words[i % 10]))]);

    private static Gen<string> SmallMonthText(string month, string idPrefix) =>
        from rows in Gen.ListOf(Phrase().Zip(Phrase()), 12)
        select SmallMonth(month, idPrefix, rows);

    private static string SmallMonth(string month, string idPrefix, IReadOnlyList<(string, string)> rows) =>
        $"# Top CV Papers in {month}\n\n" + string.Concat(Enumerable.Range(0, 3).Select(c =>
            $"<h4>{c + 1}. {Classifier.Core.Papers.Taxonomy.Categories[c].Name}</h4>\n\n| Paper | Project | Summary |\n| --- | --- | --- |\n"
            + string.Concat(rows.Skip(c * 4).Take(4).Select((r, i) =>
                $"| [{Classifier.Core.Papers.Taxonomy.Categories[c].Name} {r.Item1}](https://arxiv.org/abs/{idPrefix}.{c * 4 + i:00000}) | -- | {r.Item2} |\n")) + "\n"));

    private static Gen<string> LedgerText() =>
        from decisions in Gen.ListOf(Gen.Elements("accepted", "rejected", "undone", "moved-elsewhere"), 6)
        from ids in Gen.ListOf(Gen.Elements("2303.17605", "2303.99999", "2303.00001", "A title"), 6)
        select string.Concat(decisions.Zip(ids).Select(d =>
            $"{{\"paperId\":\"{d.Second}\",\"title\":\"t\",\"list\":\"Top CV Papers in March 2023.md\",\"month\":\"2023-03\",\"before\":\"Image Recognition\","
            + $"\"proposed\":\"Video Analysis\",\"decision\":\"{d.First}\",\"chosen\":{(d.First == "moved-elsewhere" ? "\"Video Analysis\"" : "null")},"
            + "\"score\":0.9,\"probability\":0.8,\"model\":\"m\",\"time\":\"2026-11-20T12:00:00Z\"}\n"));

    private static Gen<DamagedInput> Damaged(string extension, Gen<string> text) =>
        from source in text
        from count in Gen.Choose(0, 3)
        from damages in Gen.ListOf(Damage(), count)
        select damages.Aggregate(
            new DamagedInput(extension, Encoding.UTF8.GetBytes(source), "intact"),
            (input, damage) => damage(input));

    private static Gen<string> Phrase() =>
        from n in Gen.Choose(1, 6)
        from words in Gen.ListOf(Gen.Elements(Words), n)
        select string.Join(' ', words);

    private static Gen<string> ListText() => Gen.OneOf(
        Gen.Constant(File.ReadAllText(Repository.March)),
        from rows in Gen.ListOf(Phrase().Zip(Phrase()), 6)
        select "# Top CV Papers in April 2024\n\n* [Image Recognition](#:~:text=1.%20Image%20Recognition)\n\n"
            + "<h4>1. Image Recognition</h4>\n\n| Paper | Project | Summary |\n| --- | --- | --- |\n"
            + string.Concat(rows.Select((r, i) => $"| [{r.Item1}](https://arxiv.org/abs/2404.{i:00000}) | -- | {r.Item2} |\n")));

    private static Gen<string> CsvText() =>
        from rows in Gen.ListOf(Phrase().Zip(Phrase()), 8)
        select "title,summary,id\n" + string.Concat(rows.Select((r, i) => $"\"{r.Item1.Replace("\"", "\"\"")}\",{r.Item2.Replace(",", " ").Replace("\"", "")},2404.{i:00000}\n"));

    private static Gen<string> JsonLinesText() =>
        from values in Gen.ListOf(JsonValue(), 8)
        from summaries in Gen.ListOf(JsonValue(), 8)
        select string.Concat(values.Zip(summaries).Select(v => $"{{\"title\": {v.First}, \"summary\": {v.Second}}}\n"));

    // Mostly strings, sometimes the wrong type, so the reader meets numbers, nulls, arrays and objects where text belongs.
    private static Gen<string> JsonValue() => Gen.Frequency(
        (6, Phrase().Select(p => System.Text.Json.JsonSerializer.Serialize(p))),
        (1, Gen.Elements("5", "null", "[]", "{}", "true", "[\"a\"]", "{\"t\": 1}", "1e999", "\"\\ud800\"")));

    private static Gen<string> AtomText() =>
        from entries in Gen.ListOf(Phrase().Zip(Phrase()), 5)
        select "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
            + string.Concat(entries.Select((e, i) =>
                $"<entry><id>http://arxiv.org/abs/2404.{i:00000}v1</id><title>{Xml(e.Item1)}</title><summary>{Xml(e.Item2)}</summary></entry>\n"))
            + "</feed>\n";

    private static string Xml(string text) => System.Security.SecurityElement.Escape(text);

    private static Gen<Func<DamagedInput, DamagedInput>> Damage() => Gen.OneOf(
        Gen.Choose(0, 100).Select(Truncate),
        Gen.Elements("[", "> ", "<a>", "{\"a\":", "- ", "`", "|", "<h4>").Zip(Gen.Elements(2, 50, 1000, 50_000)).Zip(Gen.Choose(0, 100))
            .Select(x => Insert($"nesting {x.Item1.Item1}x{x.Item1.Item2}", Repeat(x.Item1.Item1, x.Item1.Item2), x.Item2)),
        Gen.Elements<byte[]>([0xFF], [0xC3], [0xE2, 0x82], [0x00], [0xEF, 0xBB, 0xBF], [0xFE, 0xFF], [0x1B, 0x5B, 0x33, 0x31, 0x6D], [0x0D])
            .Zip(Gen.Choose(0, 100)).Select(x => Insert($"bytes {Convert.ToHexString(x.Item1)}", x.Item1, x.Item2)),
        Gen.Elements(200_000, 1_200_000).Zip(Gen.Choose(0, 100))
            .Select(x => Insert($"line of {x.Item1} chars", Encoding.ASCII.GetBytes("\n" + new string('x', x.Item1) + "\n"), x.Item2)),
        Gen.Choose(0, 100).Zip(Gen.Choose(1, 200)).Select(x => Delete(x.Item1, x.Item2)),
        Gen.Elements("|", ",", "\"", "<", ">", "{", "}", "\n", "\t").Zip(Gen.Elements("", "\"", "|", "\n", "<", "{")).Select(x => Replace(x.Item1, x.Item2)));

    private static byte[] Repeat(string token, int times) => Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(token, times)));

    private static int At(DamagedInput input, int percent) => (int)((long)input.Bytes.Length * percent / 100);

    private static Func<DamagedInput, DamagedInput> Truncate(int percent) =>
        input => input with { Bytes = input.Bytes[..At(input, percent)], Damage = $"{input.Damage}; truncated at {percent}%" };

    private static Func<DamagedInput, DamagedInput> Insert(string what, byte[] bytes, int percent) =>
        input => input with { Bytes = [.. input.Bytes[..At(input, percent)], .. bytes, .. input.Bytes[At(input, percent)..]], Damage = $"{input.Damage}; {what} at {percent}%" };

    private static Func<DamagedInput, DamagedInput> Delete(int percent, int length) =>
        input =>
        {
            var start = At(input, percent);
            var end = Math.Min(input.Bytes.Length, start + length);
            return input with { Bytes = [.. input.Bytes[..start], .. input.Bytes[end..]], Damage = $"{input.Damage}; deleted {end - start} bytes at {percent}%" };
        };

    private static Func<DamagedInput, DamagedInput> Replace(string from, string to) =>
        input => input with
        {
            Bytes = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(input.Bytes).Replace(from, to, StringComparison.Ordinal)),
            Damage = $"{input.Damage}; '{Escape(from)}' replaced by '{Escape(to)}'",
        };

    private static string Escape(string s) => s.Replace("\n", "\\n").Replace("\t", "\\t");
}
