using System.Text;

namespace Classifier.Core.Files;

/// <summary>Writes a file so that readers see the old content or the new, never half of it: temp file, then rename.</summary>
public static class SafeFileWriter
{
    /// <summary>Writes through a temp file beside <paramref name="path"/>, then renames it over the target; keeps <c>path.bak</c> when asked.</summary>
    public static void Write(string path, Action<TextWriter> write, bool keepBackup = false)
    {
        var full = Path.GetFullPath(path);
        WritableCheck.Ensure(full);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var writer = new StreamWriter(temp, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                write(writer);
            }
            if (keepBackup && File.Exists(full))
            {
                File.Replace(temp, full, full + ".bak");
            }
            else
            {
                File.Move(temp, full, overwrite: true);
            }
        }
        finally
        {
            File.Delete(temp);
        }
    }

    public static void WriteAllText(string path, string content, bool keepBackup = false) =>
        Write(path, writer => writer.Write(content), keepBackup);
}
