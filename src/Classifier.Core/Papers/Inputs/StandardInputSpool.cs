using System.Globalization;
using Classifier.Core.Files;

namespace Classifier.Core.Papers.Inputs;

/// <summary>A temporary copy of standard input that the readers can read twice; removed when done, interrupted, or found by a later run after a kill.</summary>
internal sealed class StandardInputSpool : IDisposable
{
    private const string Prefix = "cvclassify-stdin-";

    private readonly IDisposable _cleanup;

    private StandardInputSpool(string path)
    {
        Path = path;
        _cleanup = InterruptCleanup.DeleteOnInterrupt(path);
    }

    public string Path { get; }

    /// <summary>Copies <paramref name="input"/> into a new spool in the temp folder, first removing spools of processes that no longer run.</summary>
    public static StandardInputSpool Copy(Func<Stream> input)
    {
        RemoveLeftovers();
        var spool = new StandardInputSpool(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"{Prefix}{Environment.ProcessId}-{Guid.NewGuid():N}"));
        try
        {
            using var file = File.Create(spool.Path);
            input().CopyTo(file);
            return spool;
        }
        catch
        {
            spool.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        _cleanup.Dispose();
        File.Delete(Path);
    }

    // A killed process (SIGKILL, a crash) runs no handler at all; its spool names its pid, so the next run can tell.
    private static void RemoveLeftovers()
    {
        try
        {
            foreach (var leftover in new DirectoryInfo(System.IO.Path.GetTempPath()).EnumerateFiles($"{Prefix}*"))
            {
                if (IsLeftover(leftover))
                {
                    leftover.Delete();
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Cleaning up is a courtesy; the read goes on.
        }
    }

    private static bool IsLeftover(FileInfo spool)
    {
        var owner = spool.Name[Prefix.Length..].Split('-')[0];
        if (owner.Length < 32 && int.TryParse(owner, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && OperatingSystem.IsLinux())
        {
            return pid != Environment.ProcessId && !Directory.Exists($"/proc/{pid}");
        }
        // Spools of older versions (no pid in the name), or where processes cannot be looked up: by age, as list temps are.
        return DateTime.UtcNow - spool.LastWriteTimeUtc > SafeFileWriter.StaleTempAge;
    }
}
