using System.Diagnostics;
using System.Globalization;
using Classifier.Bench.Speed;
using Classifier.Core.Learning.Features.Embeddings;

namespace Classifier.Bench.Int8;

/// <summary>
/// In one process, fp32 against int8 schemes with the tuned session settings: session creation, then encoding the same
/// papers with summaries (no cache), wall and CPU seconds, interleaved rounds, medians and ratios to fp32.
/// </summary>
internal static class Int8Speed
{
    public static void Run(int count, int rounds, IEnumerable<string> schemes)
    {
        var texts = EncoderProbe.Texts(count);
        var arms = new List<(string Name, string? Path)> { ("fp32", null) };
        arms.AddRange(Int8Models.Schemes(schemes).Select(s => (s.Name, (string?)Int8Models.PathOf(s))));
        var created = arms.ToDictionary(a => a.Name, _ => new List<double>());
        var wall = arms.ToDictionary(a => a.Name, _ => new List<double>());
        var cpu = arms.ToDictionary(a => a.Name, _ => new List<double>());
        for (var round = 0; round < rounds; round++)
        {
            foreach (var (name, path) in arms)
            {
                var clock = Stopwatch.StartNew();
                using var session = MiniLmEncoder.CreateSession(OnnxSessionSettings.Tuned, path ?? MiniLmModelFile.Path);
                created[name].Add(clock.Elapsed.TotalMilliseconds);
                session.Dispose();
                using var encoder = new MiniLmEncoder(OnnxSessionSettings.Tuned, path ?? MiniLmModelFile.Path);
                encoder.Encode(texts.Take(1).ToArray());
                var (w, c) = Measure(() => encoder.Encode(texts));
                wall[name].Add(w);
                cpu[name].Add(c);
            }
        }
        Console.WriteLine($"{texts.Length} papers with summaries, in-process, {rounds} interleaved rounds, medians; {Environment.ProcessorCount} cores");
        Console.WriteLine("| model | session ms | wall s | CPU s | papers/s | session vs fp32 | wall vs fp32 | CPU vs fp32 |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        var (s0, w0, c0) = (Median(created["fp32"]), Median(wall["fp32"]), Median(cpu["fp32"]));
        foreach (var (name, _) in arms)
        {
            var (s, w, c) = (Median(created[name]), Median(wall[name]), Median(cpu[name]));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {s:0} | {w:0.00} | {c:0.00} | {texts.Length / w:0.0} | {s / s0:0.00}x | {w / w0:0.00}x | {c / c0:0.00}x |"));
        }
    }

    private static (double Wall, double Cpu) Measure(Action action)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        action();
        process.Refresh();
        return (clock.Elapsed.TotalSeconds, (process.TotalProcessorTime - cpu).TotalSeconds);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
