using Classifier.Core.Files;

namespace Classifier.Core.Learning.Bundles;

/// <summary>Replaces a bundle folder by a complete new one with two renames, such that a bundle can be loaded at every instant.</summary>
/// <remarks>
/// A folder cannot be renamed over another, so for a moment between the two renames the bundle folder is absent; the
/// old bundle then sits aside as <c>.name.old-*</c>, and <see cref="LoadableFolder"/> points the reader at it. The next
/// swap (under the folder's lock) puts it back first and clears what a crash left behind.
/// </remarks>
internal sealed class BundleSwapper(Action<SwapStep>? onStep = null)
{
    /// <summary>Moves <paramref name="complete"/> into <paramref name="target"/>'s place under the folder's lock.</summary>
    public void Swap(string complete, string target)
    {
        Restore(target);
        if (!Directory.Exists(target))
        {
            Directory.Move(complete, target);
            onStep?.Invoke(SwapStep.NewMovedIn);
            return;
        }
        var aside = Path.Combine(Parent(target), $".{Path.GetFileName(target)}.old-{Guid.NewGuid():N}");
        Directory.Move(target, aside);
        onStep?.Invoke(SwapStep.OldMovedAside);
        Directory.Move(complete, target);
        onStep?.Invoke(SwapStep.NewMovedIn);
        Directory.Delete(aside, recursive: true);
    }

    /// <summary>The folder to load: the bundle folder, or while it is absent mid-swap (or after a crash there) the old bundle set aside.</summary>
    public static string LoadableFolder(string target)
    {
        var full = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        return Directory.Exists(full) ? target : SetAside(full).FirstOrDefault() ?? target;
    }

    /// <summary>The folder a path finally names: a symbolic link's target, so that the swap replaces the bundle, not the link.</summary>
    public static string ResolveTarget(string directory)
    {
        var full = Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar);
        var info = new DirectoryInfo(full);
        return info.LinkTarget is null ? full : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
    }

    /// <summary>The lock a writer of the bundle folder holds.</summary>
    public static FileLock Lock(string target) => FileLock.Acquire(target);

    // Called under the lock: a crash between the renames left the old bundle aside; put it back, drop other leftovers.
    private static void Restore(string target)
    {
        var aside = SetAside(target);
        if (!Directory.Exists(target) && aside.Count > 0)
        {
            Directory.Move(aside[0], target);
            aside = aside.Skip(1).ToList();
        }
        foreach (var leftover in aside)
        {
            Directory.Delete(leftover, recursive: true);
        }
    }

    // Newest first: after several crashes the latest set-aside is the last bundle that was in place.
    private static List<string> SetAside(string target)
    {
        var parent = Parent(target);
        return !Directory.Exists(parent)
            ? []
            : [.. new DirectoryInfo(parent).EnumerateDirectories($".{Path.GetFileName(target)}.old-*")
                .Where(d => File.Exists(Path.Combine(d.FullName, ModelBundleStore.MetadataFile)))
                .OrderByDescending(d => d.LastWriteTimeUtc).Select(d => d.FullName)];
    }

    private static string Parent(string target) => Path.GetDirectoryName(Path.GetFullPath(target)) ?? ".";
}
