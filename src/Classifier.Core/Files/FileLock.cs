using System.Globalization;

namespace Classifier.Core.Files;

/// <summary>An advisory lock beside a file or folder (<c>name.lock</c>) that says who holds it: process id, host, start time and purpose.</summary>
/// <remarks>
/// Created with <see cref="FileMode.CreateNew"/>, so two writers cannot both hold it. A lock left by a process that no
/// longer runs on this host is taken over; one from another host is never guessed to be stale.
/// </remarks>
public sealed class FileLock : IDisposable
{
    private readonly string _lockPath;

    private FileLock(string lockPath) => _lockPath = lockPath;

    /// <summary>The lock file used for <paramref name="path"/>.</summary>
    public static string LockPathFor(string path) => Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar) + ".lock";

    /// <summary>Takes the lock for <paramref name="path"/> or throws <see cref="FileLockedException"/> naming the holder.</summary>
    /// <param name="purpose">What the holder is doing (e.g. "cvclassify review --interactive"), shown to whoever waits.</param>
    public static FileLock Acquire(string path, string? purpose = null)
    {
        var lockPath = LockPathFor(path);
        Directory.CreateDirectory(Path.GetDirectoryName(lockPath)!);
        if (TryCreate(lockPath, purpose) is { } taken)
        {
            return taken;
        }
        var holder = File.Exists(lockPath) ? ReadHolder(lockPath) : "";
        if (IsStale(holder))
        {
            File.Delete(lockPath);
            if (TryCreate(lockPath, purpose) is { } retaken)
            {
                return retaken;
            }
            holder = ReadHolder(lockPath);
        }
        throw new FileLockedException(path, lockPath, holder);
    }

    public void Dispose() => File.Delete(_lockPath);

    private static FileLock? TryCreate(string lockPath, string? purpose)
    {
        try
        {
            using var stream = new FileStream(lockPath, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream);
            var started = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
            writer.Write($"pid {Environment.ProcessId} on {Environment.MachineName} since {started}{(purpose is null ? "" : $" for {purpose}")}");
            return new FileLock(lockPath);
        }
        catch (IOException) when (File.Exists(lockPath))
        {
            return null;
        }
    }

    private static string ReadHolder(string lockPath)
    {
        try
        {
            return File.ReadAllText(lockPath).Trim();
        }
        catch (IOException)
        {
            return "";
        }
    }

    private static bool IsStale(string holder)
    {
        var parts = holder.Split(' ');
        if (parts is not ["pid", var pid, "on", var host, ..] || host != Environment.MachineName || !int.TryParse(pid, out var id))
        {
            return false;
        }
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(id);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}
