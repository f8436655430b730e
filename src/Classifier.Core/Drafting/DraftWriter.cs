using Classifier.Core.Files;
using Classifier.Core.Papers.Inputs;

namespace Classifier.Core.Drafting;

/// <summary>Writes a draft or its report to a file: never over an existing file unless forced, and then safely with a backup.</summary>
internal static class DraftWriter
{
    /// <summary>Throws <see cref="InputException"/> when the file exists and replacing it was not asked for.</summary>
    public static void EnsureMayWrite(string path, bool force)
    {
        if (!force && (File.Exists(path) || Directory.Exists(path)))
        {
            throw new InputException(path, 0, "already exists; pass --force to replace it (the old one is kept as a .bak)");
        }
    }

    /// <summary>Writes through a temp file renamed over the target, holding the file's lock; returns the backup of a replaced file.</summary>
    public static string? Write(string path, string text, bool force)
    {
        EnsureMayWrite(path, force);
        // A review --interactive holds this lock while it may write the list; a forced draft must not race it.
        using var held = File.Exists(path) ? FileLock.Acquire(SafeFileWriter.ResolveTarget(path), "cvclassify draft --force") : null;
        return SafeFileWriter.WriteAllText(path, text, keepBackup: true);
    }
}
