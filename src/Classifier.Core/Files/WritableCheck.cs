namespace Classifier.Core.Files;

/// <summary>Refuses to replace a file its owner marked read-only, which a rename over it would otherwise ignore.</summary>
public static class WritableCheck
{
    /// <summary>Throws <see cref="UnauthorizedAccessException"/> with a one-line reason when <paramref name="path"/> exists and is read-only.</summary>
    public static void Ensure(string path)
    {
        if (File.Exists(path) && IsReadOnly(path))
        {
            throw new UnauthorizedAccessException($"{path}: the file is read-only; nothing was changed (make it writable and run again)");
        }
    }

    // Checked on the mode bits, not by opening the file: root may open anything, and a rename replaces a read-only file anyway.
    private static bool IsReadOnly(string path) =>
        File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly)
        || !OperatingSystem.IsWindows() && !File.GetUnixFileMode(path).HasFlag(UnixFileMode.UserWrite);
}
