namespace Classifier.Core.Papers.Inputs;

/// <summary>Turns the inputs a user names into files: '-' is standard input, a folder its files, a pattern ('*.csv') the files it matches.</summary>
public static class InputPaths
{
    public const string StandardInput = "-";

    /// <summary>
    /// The files to read, in order: each folder's and pattern's files sorted by name (hidden files left out), every other
    /// path as given. Without an explicit format, a file whose extension names no format is an error naming it.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> given, string? explicitFormat)
    {
        var files = new List<string>();
        foreach (var path in given)
        {
            if (path == StandardInput)
            {
                if (string.IsNullOrWhiteSpace(explicitFormat))
                {
                    throw new InputException(path, 0, $"standard input has no extension to tell its format; use --input-format ({string.Join(", ", InputFormatDetector.Names)})");
                }
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Checked(InFolder(path, "*"), explicitFormat, path, "the folder holds no files"));
            }
            else if (IsPattern(path) && !File.Exists(path))
            {
                files.AddRange(Checked(Matching(path), explicitFormat, path, "no file matches this pattern"));
            }
            else
            {
                files.Add(path);
            }
        }
        return files;
    }

    private static bool IsPattern(string path) => Path.GetFileName(path).IndexOfAny(['*', '?']) >= 0;

    private static IEnumerable<string> Matching(string pattern)
    {
        var folder = Path.GetDirectoryName(pattern);
        if (folder is { Length: > 0 } && folder.IndexOfAny(['*', '?']) >= 0)
        {
            throw new InputException(pattern, 0, "wildcards are read in the file name only, not in folder names");
        }
        folder = folder is { Length: > 0 } ? folder : ".";
        if (!Directory.Exists(folder))
        {
            throw new InputException(pattern, 0, $"no such folder: {folder}");
        }
        return InFolder(folder, Path.GetFileName(pattern)).Select(f => Path.GetDirectoryName(pattern) is { Length: > 0 } ? f : Path.GetFileName(f));
    }

    // Sorted by ordinal name so that the same folder gives the same order on every machine.
    private static IEnumerable<string> InFolder(string folder, string pattern) =>
        Directory.EnumerateFiles(folder, pattern)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal);

    private static List<string> Checked(IEnumerable<string> files, string? explicitFormat, string given, string none)
    {
        var list = files.ToList();
        if (list.Count == 0)
        {
            throw new InputException(given, 0, none);
        }
        foreach (var file in list)
        {
            InputFormatDetector.Detect(file, explicitFormat);
        }
        return list;
    }
}
