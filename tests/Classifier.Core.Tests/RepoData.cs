namespace Classifier.Core.Tests;

/// <summary>Finds the repository's data/ folder by walking up from the test binaries to Classifier.sln.</summary>
internal static class RepoData
{
    public static string Folder { get; } = Path.Combine(FindRoot(), "data");

    public static string March => Path.Combine(Folder, "Top CV Papers in March 2023.md");

    public static string May => Path.Combine(Folder, "Top CV Papers in May 2023.md");

    public static string June => Path.Combine(Folder, "Top CV Papers in June 2023.md");

    public static string TestData(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Classifier.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Classifier.sln not found above " + AppContext.BaseDirectory);
    }
}
