using System.Security.Cryptography;
using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Tests.Support;

namespace Classifier.Core.Tests.Learning.Features.Embeddings;

public sealed class ModelFileHashTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Of_AFileSeenForTheFirstTime_HashesItAndRemembersTheHashBesideIt()
    {
        var path = Model(seed: 1);

        var hash = ModelFileHash.Of(path);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))), hash);
        Assert.EndsWith($" {hash}", File.ReadAllText(path + ".sha256").Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Of_WhenTheRecordFitsTheFilesLengthAndTime_ReturnsTheRememberedHashWithoutReadingTheFile()
    {
        var path = Model(seed: 2);
        ModelFileHash.Of(path);
        var record = File.ReadAllText(path + ".sha256").Trim();
        var remembered = new string('a', 64);
        File.WriteAllText(path + ".sha256", $"{record[..record.LastIndexOf(' ')]} {remembered}\n");

        Assert.Equal(remembered, ModelFileHash.Of(path));
    }

    [Fact]
    public void Of_WhenTheFileWasRewrittenSinceItsHashWasRemembered_HashesItAgain()
    {
        var path = Model(seed: 3);
        var before = ModelFileHash.Of(path);
        var time = File.GetLastWriteTimeUtc(path);

        // Same length, other bytes, a later write time: what any rewrite of the model leaves.
        File.WriteAllBytes(path, Bytes(seed: 4));
        File.SetLastWriteTimeUtc(path, time.AddSeconds(1));
        var after = ModelFileHash.Of(path);

        Assert.NotEqual(before, after);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))), after);
    }

    [Fact]
    public void Of_WhenTheRecordIsNotAHash_HashesTheFile()
    {
        var path = Model(seed: 5);
        ModelFileHash.Of(path);
        var record = File.ReadAllText(path + ".sha256").Trim();
        File.WriteAllText(path + ".sha256", $"{record[..record.LastIndexOf(' ')]} not-a-hash\n");

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))), ModelFileHash.Of(path));
    }

    private string Model(int seed)
    {
        var path = _folder.PathOf($"model-{seed}.onnx");
        File.WriteAllBytes(path, Bytes(seed));
        return path;
    }

    private static byte[] Bytes(int seed)
    {
        var bytes = new byte[4096];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
