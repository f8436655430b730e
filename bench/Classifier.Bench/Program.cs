using BenchmarkDotNet.Running;
using Classifier.Bench.Learning;

namespace Classifier.Bench;

internal static class Program
{
    // Benchmarks: dotnet run -c Release --project bench/Classifier.Bench -- --filter '*'
    // Learning figures on data/: dotnet run -c Release --project bench/Classifier.Bench -- --learning-report [seed]
    private static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--learning-report")
        {
            LearningReport.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1);
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
