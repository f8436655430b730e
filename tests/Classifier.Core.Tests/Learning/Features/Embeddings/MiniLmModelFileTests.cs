using System.Security.Cryptography;
using Classifier.Core.Learning.Features.Embeddings;

namespace Classifier.Core.Tests.Learning.Features.Embeddings;

public sealed class MiniLmModelFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("minilm-file-").FullName;

    [Fact]
    public void Extract_WritesTheWholeModelThatTheIdentityHashes()
    {
        var path = MiniLmModelFile.Extract(_folder);

        Assert.NotNull(path);
        Assert.Equal(MiniLmModel.Identity.ModelSha256, Hash(path));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!, "*.tmp-*"));
    }

    [Fact]
    public void Extract_WhenTheFileWasCutShort_WritesItAgain()
    {
        var path = MiniLmModelFile.Extract(_folder)!;
        File.WriteAllBytes(path, [1, 2, 3]);

        var again = MiniLmModelFile.Extract(_folder);

        Assert.Equal(path, again);
        Assert.Equal(MiniLmModel.Identity.ModelSha256, Hash(path));
    }

    [Fact]
    public void Extract_WhenTheFolderCannotBeWritten_GivesNoFile()
    {
        var blocked = Path.Combine(_folder, "blocked");
        File.WriteAllText(blocked, "a file where the folder would be");

        Assert.Null(MiniLmModelFile.Extract(blocked));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Hash(string path)
    {
        using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(file));
    }
}
