namespace Classifier.Core.Files;

/// <summary>Reads a whole file only when it is a regular file and no larger than a cap, counting the bytes actually read.</summary>
/// <remarks>A FIFO would block the open, a device such as /dev/zero never ends, and a file's length can change while it is read.</remarks>
public static class BoundedFile
{
    /// <summary>The bytes of <paramref name="path"/>; a <see cref="BoundedReadException"/> naming it when it is not a regular file or is over <paramref name="cap"/> bytes.</summary>
    public static byte[] ReadAllBytes(string path, long cap)
    {
        if (FileKind.Special(path) is { } kind)
        {
            throw new BoundedReadException(path, $"{path}: {kind}, not a regular file");
        }
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
        // Sized to the file as it is now, so a file that does not change is read into one array of its own length (a
        // growing buffer allocated about three times the bytes of the n-gram tables at every tag); one that grows still reads whole.
        var length = file.Length;
        if (length > cap)
        {
            throw new BoundedReadException(path, $"{path}: over the {Size(cap)} cap for this file");
        }
        var content = new MemoryStream((int)Math.Min(length, Array.MaxLength));
        var buffer = new byte[1 << 16];
        int read;
        while ((read = file.Read(buffer)) > 0)
        {
            if (content.Length + read > cap)
            {
                throw new BoundedReadException(path, $"{path}: over the {Size(cap)} cap for this file");
            }
            content.Write(buffer, 0, read);
        }
        return content.Length == content.Capacity ? content.GetBuffer() : content.ToArray();
    }

    private static string Size(long bytes) => bytes >= 1 << 20 ? $"{bytes >> 20} MB" : $"{bytes} bytes";
}

/// <summary>A file refused by <see cref="BoundedFile"/>: not a regular file, or over its cap; the message names it.</summary>
public sealed class BoundedReadException(string path, string message) : IOException(message)
{
    public string Path { get; } = path;
}
