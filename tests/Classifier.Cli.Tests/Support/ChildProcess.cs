using System.Diagnostics;

namespace Classifier.Cli.Tests.Support;

/// <summary>Runs the built cvclassify as a real child process through /bin/sh, so redirections and descriptors are the kernel's own.</summary>
internal static class ChildProcess
{
    /// <summary>The command that starts cvclassify, quoted for a shell script.</summary>
    public static string Command => $"dotnet exec '{Path.Combine(AppContext.BaseDirectory, "cvclassify.dll")}'";

    /// <summary>Runs <paramref name="script"/> with <c>sh -c</c>; its stdout and stderr come back as they reached the pipes.</summary>
    public static CliResult Shell(string script, string workingDirectory)
    {
        var start = new ProcessStartInfo("/bin/sh", ["-c", script])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start /bin/sh");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{script}' did not finish within two minutes");
        }
        return new CliResult(process.ExitCode, output, error.Result);
    }
}
