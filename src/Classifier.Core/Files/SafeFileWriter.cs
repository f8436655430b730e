using System.Text;

namespace Classifier.Core.Files;

/// <summary>Writes a file so that readers see the old content or the new, never half of it: temp file, then rename.</summary>
/// <remarks>
/// A symbolic link is followed, so the file it points at is edited and the link stays a link. A UTF-8 byte order mark on
/// the old file is kept. A backup never replaces an older one: the first is <c>path.bak</c>, later ones
/// <c>path.bak.1</c>, <c>path.bak.2</c> and so on, so the pristine original is always the plain <c>.bak</c>.
/// </remarks>
public static class SafeFileWriter
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>Writes through a temp file beside the target, then renames it over; returns the backup made, if any.</summary>
    /// <param name="onStep">Called after each step; tests throw from it to simulate a crash between the steps.</param>
    public static string? Write(string path, Action<TextWriter> write, bool keepBackup = false, Action<WriteStep>? onStep = null)
    {
        var full = ResolveTarget(path);
        WritableCheck.Ensure(full);
        var exists = File.Exists(full);
        RemoveStaleTemps(full);
        var temp = TempPathFor(full);
        using var cleanup = InterruptCleanup.DeleteOnInterrupt(temp);
        string? backup = null;
        var replaced = false;
        try
        {
            WriteTemp(temp, write, exists && StartsWithBom(full));
            onStep?.Invoke(WriteStep.TempWritten);
            if (exists)
            {
                CopyFileMode(full, temp);
            }
            if (keepBackup && exists)
            {
                backup = Backup(full);
                onStep?.Invoke(WriteStep.BackupWritten);
            }
            File.Move(temp, full, overwrite: true);
            replaced = true;
            onStep?.Invoke(WriteStep.Replaced);
            return backup;
        }
        catch (IOException exception) when (exception is not FileLockedException)
        {
            // A full disk or an I/O error names the temp file; the user's file is the one to name, and it is untouched.
            var state = replaced ? "the new content is in place" : exists ? "the file is as it was" : "nothing was written";
            throw new IOException($"{full}: could not write ({FirstLine(exception.Message)}); {state}", exception);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    public static string? WriteAllText(string path, string content, bool keepBackup = false, Action<WriteStep>? onStep = null) =>
        Write(path, writer => writer.Write(content), keepBackup, onStep);

    /// <summary>The file a path finally names: a symbolic link's target (followed to the end), else the path itself.</summary>
    public static string ResolveTarget(string path)
    {
        var full = Path.GetFullPath(path);
        var info = new FileInfo(full);
        if (info.LinkTarget is null)
        {
            return full;
        }
        try
        {
            return info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
        }
        catch (FileNotFoundException)
        {
            // A dangling link: write where it points, so it stops dangling.
            return Path.GetFullPath(info.LinkTarget, Path.GetDirectoryName(full)!);
        }
    }

    /// <summary>The first free backup name: <c>path.bak</c>, then <c>path.bak.1</c>, <c>path.bak.2</c>, ...</summary>
    public static string NextBackupPath(string path)
    {
        var candidate = path + ".bak";
        for (var n = 1; File.Exists(candidate); n++)
        {
            candidate = $"{path}.bak.{n}";
        }
        return candidate;
    }

    /// <summary>How old a temp file beside the target must be before it counts as a crash's leftover and is removed.</summary>
    public static readonly TimeSpan StaleTempAge = TimeSpan.FromHours(1);

    // A killed write leaves .name.*.tmp behind; one that old belongs to no running writer.
    private static void RemoveStaleTemps(string full)
    {
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            return;
        }
        foreach (var leftover in new DirectoryInfo(folder).EnumerateFiles($".{Path.GetFileName(full)}.*.tmp"))
        {
            if (DateTime.UtcNow - leftover.LastWriteTimeUtc > StaleTempAge)
            {
                try
                {
                    leftover.Delete();
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    // Cleaning up is a courtesy; the write goes on.
                }
            }
        }
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    private static string TempPathFor(string full) =>
        Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");

    private static void WriteTemp(string temp, Action<TextWriter> write, bool bom)
    {
        using var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write);
        using (var writer = new StreamWriter(stream, new UTF8Encoding(bom), bufferSize: -1, leaveOpen: true))
        {
            write(writer);
        }
        // On disk before the rename, so a crash cannot leave the new name on an empty file.
        stream.Flush(flushToDisk: true);
    }

    // The backup is copied under a temp name and renamed, so it too is whole or absent; it never overwrites a file.
    private static string Backup(string full)
    {
        var backup = NextBackupPath(full);
        var partial = TempPathFor(backup);
        try
        {
            File.Copy(full, partial);
            File.Move(partial, backup, overwrite: false);
        }
        finally
        {
            File.Delete(partial);
        }
        return backup;
    }

    private static bool StartsWithBom(string full)
    {
        Span<byte> head = stackalloc byte[3];
        using var stream = File.OpenRead(full);
        return stream.ReadAtLeast(head, 3, throwOnEndOfStream: false) == 3 && head.SequenceEqual(Utf8Bom);
    }

    private static void CopyFileMode(string from, string to)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(to, File.GetUnixFileMode(from));
        }
    }
}
