namespace Classifier.Cli.Tests.Support;

/// <summary>A scratch directory removed when the test ends.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = Directory.CreateTempSubdirectory("cvclassify-cli-tests-").FullName;
    }

    public string Path { get; }

    public string Write(string name, string content)
    {
        var file = PathOf(name);
        File.WriteAllText(file, content);
        return file;
    }

    public string Copy(string source, string? name = null)
    {
        var file = PathOf(name ?? System.IO.Path.GetFileName(source));
        File.Copy(source, file);
        return file;
    }

    public string PathOf(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
