using System.Runtime.InteropServices;

namespace Classifier.Core.Learning.Features.Embeddings;

/// <summary>Turns ONNX Runtime's telemetry off before its environment starts, unless the user set its switch.</summary>
/// <remarks>
/// ONNX Runtime 1.29 and later start a telemetry uploader on Linux and macOS with their environment: it writes a device
/// id and an event store under ~/.cache/Microsoft/DeveloperTools/.onnxruntime and sends to Microsoft. A tool that files
/// papers offline should do neither unasked. Its opt-out, ORT_DISABLE_TELEMETRY=1, is read from the C library's
/// environment when the ONNX environment is created, which .NET's Environment.SetEnvironmentVariable does not reach on
/// Unix: it is set through setenv, without overwriting a value the user gave.
/// </remarks>
internal static class OnnxTelemetry
{
    public const string Variable = "ORT_DISABLE_TELEMETRY";

    private static int s_done;

    /// <summary>Sets the opt-out once per process; call before any ONNX session or options exist, ideally before other threads start.</summary>
    public static void DisableUnlessChosen()
    {
        if (Interlocked.Exchange(ref s_done, 1) == 1 || Environment.GetEnvironmentVariable(Variable) is not null)
        {
            return;
        }
        if (OperatingSystem.IsWindows())
        {
            Environment.SetEnvironmentVariable(Variable, "1");
            return;
        }
        try
        {
            // overwrite = 0: a value set outside .NET's own copy of the environment stays.
            _ = Native.setenv(Variable, "1", 0);
        }
        catch (Exception exception) when (exception is EntryPointNotFoundException or DllNotFoundException)
        {
            // No C library to set it in: ONNX Runtime then keeps its default.
        }
    }

    private static class Native
    {
#pragma warning disable SYSLIB1054 // a plain DllImport of two ASCII strings and an int needs no generated marshalling
        [DllImport("libc", CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
        public static extern int setenv(string name, string value, int overwrite);
#pragma warning restore SYSLIB1054
    }
}
