using System.Diagnostics;
using System.Globalization;

namespace Classifier.Core.Files;

/// <summary>
/// An advisory lock on a file (<c>file.lock</c> beside it, created exclusively) naming who holds it, so a second
/// process that wants the file says who has it instead of overwriting its work. Released on dispose.
/// </summary>
public sealed class FileLock : IDisposable
{
    private readonly string _lockPath;
    private bool _released;

    private FileLock(string lockPath) => _lockPath = lockPath;

    /// <summary>
    /// Takes the lock for <paramref name="purpose"/>; throws <see cref="IOException"/> naming the holder when another process has it.
    /// A lock left by a process of this machine that no longer runs is taken over.
    /// </summary>
    public static FileLock Acquire(string path, string purpose)
    {
        var lockPath = Path.GetFullPath(path) + ".lock";
        for (var attempt = 0; attempt < 2; attempt++)
        {
            try
            {
                using var stream = new FileStream(lockPath, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
                using var writer = new StreamWriter(stream);
                writer.Write(LockHolder.Current(purpose).ToLine());
                return new FileLock(lockPath);
            }
            catch (IOException) when (File.Exists(lockPath))
            {
                var holder = LockHolder.Read(lockPath);
                if (attempt > 0 || holder is null || !holder.IsGone)
                {
                    throw new IOException($"{path}: locked by {holder?.Describe() ?? "an unreadable lock file"}; if that process is gone, delete {lockPath}");
                }
                File.Delete(lockPath);
            }
        }
        throw new UnreachableException();
    }

    public void Dispose()
    {
        if (!_released)
        {
            _released = true;
            File.Delete(_lockPath);
        }
    }
}

/// <summary>Who holds a <see cref="FileLock"/>: the line its lock file holds ("pid host user since purpose", tab-separated).</summary>
internal sealed record LockHolder(int ProcessId, string Host, string User, DateTimeOffset Since, string Purpose)
{
    public static LockHolder Current(string purpose) =>
        new(Environment.ProcessId, Environment.MachineName, Environment.UserName, DateTimeOffset.UtcNow, purpose);

    /// <summary>Whether the holder ran on this machine and is no longer running, so its lock was left behind.</summary>
    public bool IsGone => Host == Environment.MachineName && !IsRunning(ProcessId);

    public string ToLine() =>
        string.Join('\t', ProcessId.ToString(CultureInfo.InvariantCulture), Host, User, Since.ToString("O", CultureInfo.InvariantCulture), Purpose);

    public string Describe() =>
        $"{Purpose} (process {ProcessId} of {User} on {Host}, since {Since.UtcDateTime:yyyy-MM-dd HH:mm} UTC)";

    public static LockHolder? Read(string lockPath)
    {
        try
        {
            var parts = File.ReadAllText(lockPath).Trim().Split('\t');
            return parts.Length == 5 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var pid)
                && DateTimeOffset.TryParse(parts[3], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var since)
                ? new LockHolder(pid, parts[1], parts[2], since, parts[4])
                : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
