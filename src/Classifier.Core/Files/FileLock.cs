using System.Globalization;

namespace Classifier.Core.Files;

/// <summary>An advisory lock beside a file or folder (<c>name.lock</c>) that says who holds it: process id, host, start time and purpose.</summary>
/// <remarks>
/// Created with <see cref="FileMode.CreateNew"/>, so two writers cannot both hold it. A lock left by a process that no
/// longer runs on this host (or is a zombie) is taken over; one from another host is never guessed to be stale. Taking
/// over is one step at a time: under a kernel lock (flock, released when its holder dies) on a guard file in the temp
/// folder, the holder is judged again, the stale file removed and the new one created, so two processes that find the
/// same dead holder cannot both take it.
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
            if (TakeOver(lockPath, purpose) is { } retaken)
            {
                return retaken;
            }
            holder = ReadHolder(lockPath);
        }
        throw new FileLockedException(path, lockPath, holder);
    }

    private static FileLock? TakeOver(string lockPath, string? purpose)
    {
        using var guard = TakeoverGuard(lockPath);
        // Judged again under the guard: another process may have taken the lock over since it was read.
        if (File.Exists(lockPath))
        {
            if (!IsStale(ReadHolder(lockPath)))
            {
                return null;
            }
            File.Delete(lockPath);
        }
        return TryCreate(lockPath, purpose);
    }

    // Kept in the temp folder and never deleted: deleting a flock'd file lets two processes lock two different inodes.
    private static FileStream TakeoverGuard(string lockPath)
    {
        var folder = Path.Combine(Path.GetTempPath(), "cvclassify-locks");
        Directory.CreateDirectory(folder);
        var name = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(lockPath)))[..32];
        var guardPath = Path.Combine(folder, name + ".takeover");
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(guardPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (attempt < 200)
            {
                Thread.Sleep(10);
            }
        }
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
        // EEXIST (17 on Linux and macOS): it existed at that instant even if a takeover has removed it since.
        catch (IOException exception) when (exception.HResult == 17 || File.Exists(lockPath))
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
            return process.HasExited || IsZombie(id);
        }
        catch (ArgumentException)
        {
            return true;
        }
    }

    // A zombie has exited but not been reaped; the system still lists it, yet it holds nothing.
    private static bool IsZombie(int id)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{id}/stat");
            var afterName = stat.LastIndexOf(')');
            return afterName > 0 && stat.Length > afterName + 2 && stat[afterName + 2] is 'Z' or 'X';
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
