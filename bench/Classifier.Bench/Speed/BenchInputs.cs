using System.Text.Json;
using Classifier.Core.Papers;

namespace Classifier.Bench.Speed;

/// <summary>Deterministic input files for the whole-process runs, written once into a work folder.</summary>
internal sealed class BenchInputs(string folder)
{
    public string Folder { get; } = Directory.CreateDirectory(folder).FullName;

    /// <summary>data/'s papers with summaries, repeated to <paramref name="count"/>, ids made unique so none counts as a training paper.</summary>
    public string Papers(int count)
    {
        var path = Path.Combine(Folder, $"papers-{count}.jsonl");
        if (!File.Exists(path))
        {
            var papers = Labelled().ToArray();
            File.WriteAllLines(path, Enumerable.Range(0, count).Select(i =>
                JsonSerializer.Serialize(new { id = $"bench-{i}", title = papers[i % papers.Length].Title, summary = papers[i % papers.Length].Summary })));
        }
        return path;
    }

    /// <summary>Titles only: each the first half of one data/ title and the second half of another (seed 15), as JSONL and as fastText's one title a line.</summary>
    public (string Jsonl, string Text) Titles(int count)
    {
        var jsonl = Path.Combine(Folder, $"titles-{count}.jsonl");
        var text = Path.Combine(Folder, $"titles-{count}.txt");
        if (!File.Exists(jsonl) || !File.Exists(text))
        {
            var words = Labelled().Select(p => p.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
            var random = new Random(15);
            var titles = Enumerable.Range(0, count).Select(_ =>
            {
                var first = words[random.Next(words.Length)];
                var second = words[random.Next(words.Length)];
                return string.Join(' ', first.Take((first.Length + 1) / 2).Concat(second.Skip(second.Length / 2)));
            }).ToArray();
            File.WriteAllLines(jsonl, titles.Select((t, i) => JsonSerializer.Serialize(new { id = $"title-{i}", title = t })));
            File.WriteAllLines(text, titles.Select(FastTextText));
        }
        return (jsonl, text);
    }

    /// <summary>fastText's training file: every labelled title as <c>__label__Category title</c>.</summary>
    public string FastTextTraining()
    {
        var path = Path.Combine(Folder, "fasttext-train.txt");
        var months = DataFolder.ReadMonths();
        File.WriteAllLines(path, months.SelectMany(m => m.Papers)
            .Where(p => p.Category is not null)
            .Select(p => $"__label__{p.Category!.Name.Replace(' ', '_')} {FastTextText(p.Title)}"));
        return path;
    }

    private static IEnumerable<Paper> Labelled() => DataFolder.ReadMonths().SelectMany(m => m.Papers);

    private static string FastTextText(string title) => title.ToLowerInvariant().Replace('\n', ' ');
}
