using System.Diagnostics;
using System.Globalization;

namespace Classifier.Bench.Speed;

/// <summary>One whole-process measurement: wall seconds, CPU seconds (user + system) and peak resident memory.</summary>
internal sealed record ProcessCost(double Wall, double Cpu, double PeakMiB);

/// <summary>Runs a command under <c>/usr/bin/time</c>, its stdout to a file, and reads back what the kernel counted for it.</summary>
internal static class ProcessMeter
{
    public static ProcessCost Run(string program, IEnumerable<string> arguments, string stdoutPath, IReadOnlyDictionary<string, string>? environment = null)
    {
        var costFile = Path.GetTempFileName();
        var start = new ProcessStartInfo("/usr/bin/time")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["-f", "%e %U %S %M", "-o", costFile, program, .. arguments])
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        using (var output = File.Create(stdoutPath))
        {
            var copy = process.StandardOutput.BaseStream.CopyToAsync(output);
            var errors = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            copy.Wait();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited {process.ExitCode}: {errors.Result}");
            }
        }
        var fields = File.ReadAllLines(costFile).Last().Split(' ').Select(f => double.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        File.Delete(costFile);
        return new ProcessCost(fields[0], fields[1] + fields[2], fields[3] / 1024);
    }

    /// <summary>The median of each figure over rounds (each figure on its own).</summary>
    public static ProcessCost Median(IReadOnlyList<ProcessCost> costs) =>
        new(Median(costs.Select(c => c.Wall)), Median(costs.Select(c => c.Cpu)), Median(costs.Select(c => c.PeakMiB)));

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
