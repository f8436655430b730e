using System.Diagnostics;
using Classifier.Core.Learning.Features.Embeddings;
using Microsoft.ML.OnnxRuntime;

namespace Classifier.Bench.Speed;

/// <summary>What building the encoder's session costs from the package's model and from a saved, already optimised copy.</summary>
internal static class SessionProbe
{
    public static void Run(string arm)
    {
        var source = MiniLmModelFile.Path ?? throw new InvalidOperationException("no cache folder for the model file");
        var optimised = Path.Combine(Path.GetTempPath(), "cvclassify-probe-optimised.onnx");
        if (arm == "save")
        {
            using var options = OnnxSessionSettings.Tuned.CreateOptions();
            options.OptimizedModelFilePath = optimised;
            Time("save optimised (ENABLE_ALL)", () => new InferenceSession(source, options));
            return;
        }
        var settings = arm == "optimised" ? OnnxSessionSettings.Tuned with { Optimization = GraphOptimizationLevel.ORT_DISABLE_ALL } : OnnxSessionSettings.Tuned;
        using var o = settings.CreateOptions();
        var session = Time($"{arm}: create", () => new InferenceSession(arm == "optimised" ? optimised : source, o));
        session.Dispose();
    }

    private static T Time<T>(string name, Func<T> work)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var result = work();
        Console.WriteLine($"{name}: {wall.Elapsed.TotalMilliseconds:0} ms wall, {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:0} ms CPU");
        return result;
    }
}
