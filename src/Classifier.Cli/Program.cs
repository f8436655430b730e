using Classifier.Core.Learning.Features.Embeddings;

namespace Classifier.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        if (!WorkingDirectoryExists())
        {
            Console.Error.WriteLine("error: the current directory no longer exists; change to one that does and run the command again");
            return ExitCodes.BadInput;
        }
        // Before ONNX Runtime allocates anything (the encoder's session is built on another thread during tag's load).
        NativeHeap.KeepMmapThresholdFixed();
        // While the process has one thread: setenv beside another thread's getenv is unsafe in glibc.
        OnnxTelemetry.DisableUnlessChosen();
        return CliRunner.Run(args, CliContext.FromConsole());
    }

    // A folder deleted under the shell cannot even be named: .NET throws from Environment.CurrentDirectory.
    private static bool WorkingDirectoryExists()
    {
        try
        {
            return Directory.Exists(Environment.CurrentDirectory);
        }
        catch (IOException)
        {
            return false;
        }
    }
}
