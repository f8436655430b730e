using System.Text;

namespace Classifier.Core.Lists;

/// <summary>Writes text through a temp file in the same folder and a rename, so a crash never leaves a half-written file.</summary>
internal static class SafeFileWriter
{
    public static void Write(string path, string text)
    {
        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temp, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            if (File.Exists(full))
            {
                File.Replace(temp, full, full + ".bak");
            }
            else
            {
                File.Move(temp, full);
            }
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
