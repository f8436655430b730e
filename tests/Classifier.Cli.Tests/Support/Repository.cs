namespace Classifier.Cli.Tests.Support;

/// <summary>Finds the repository's labelled months from the test's output folder.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string DataFolder => Path.Combine(Root, "data");

    public static string March => Path.Combine(DataFolder, "Top CV Papers in March 2023.md");

    public static string May => Path.Combine(DataFolder, "Top CV Papers in May 2023.md");

    public static string June => Path.Combine(DataFolder, "Top CV Papers in June 2023.md");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Classifier.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("Classifier.sln not found above " + AppContext.BaseDirectory);
    }
}
