namespace Classifier.Core.Files;

/// <summary>Another writer holds the lock of a list or model folder.</summary>
public sealed class FileLockedException(string path, string lockPath, string holder)
    : IOException($"{path}: in use by another cvclassify ({(holder.Length > 0 ? holder : "holder unknown")}); try again when it ends, or delete {lockPath} if that process is gone")
{
    public string LockPath { get; } = lockPath;
}
