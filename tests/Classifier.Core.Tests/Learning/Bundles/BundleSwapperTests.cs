using Classifier.Core.Learning.Bundles;

namespace Classifier.Core.Tests.Learning.Bundles;

public sealed class BundleSwapperTests(LearnedBundleFixture fixture) : IClassFixture<LearnedBundleFixture>, IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"swap-test-{Guid.NewGuid():N}", "trained-models");

    private string Parent => Path.GetDirectoryName(_directory)!;

    public void Dispose() => Directory.Delete(Parent, recursive: true);

    [Theory]
    [InlineData(SwapStep.OldMovedAside)]
    [InlineData(SwapStep.NewMovedIn)]
    public void Save_WhenItCrashesBetweenTheRenames_LeavesALoadableBundle(SwapStep crashAfter)
    {
        ModelBundleStore.Save(fixture.Bundle, _directory);
        var before = File.ReadAllText(Path.Combine(_directory, ModelBundleStore.MetadataFile));

        Assert.Throws<IOException>(() => ModelBundleStore.Save(fixture.Bundle, _directory, CrashingAfter(crashAfter)));
        var loaded = ModelBundleStore.Load(_directory);

        Assert.Equal(fixture.Bundle.Metadata.DataHash, loaded.Metadata.DataHash);
        Assert.Equal(crashAfter == SwapStep.OldMovedAside, !Directory.Exists(_directory));
        Assert.Equal(before, File.ReadAllText(Path.Combine(BundleSwapper.LoadableFolder(_directory), ModelBundleStore.MetadataFile)));
    }

    [Fact]
    public void Save_AfterACrashBetweenTheRenames_RestoresAndClearsTheLeftovers()
    {
        ModelBundleStore.Save(fixture.Bundle, _directory);
        Assert.Throws<IOException>(() => ModelBundleStore.Save(fixture.Bundle, _directory, CrashingAfter(SwapStep.OldMovedAside)));

        ModelBundleStore.Save(fixture.Bundle, _directory);

        Assert.Equal(["trained-models"], Directory.EnumerateFileSystemEntries(Parent).Select(Path.GetFileName));
        Assert.Equal(fixture.Bundle.Metadata.DataHash, ModelBundleStore.Load(_directory).Metadata.DataHash);
    }

    [Fact]
    public void Save_WhileAnotherSaveHoldsTheFolder_RefusesNamingTheHolder()
    {
        ModelBundleStore.Save(fixture.Bundle, _directory);
        using var held = BundleSwapper.Lock(_directory);

        var error = Assert.Throws<Core.Files.FileLockedException>(() => ModelBundleStore.Save(fixture.Bundle, _directory));

        Assert.Contains($"pid {Environment.ProcessId} on {Environment.MachineName} since ", error.Message, StringComparison.Ordinal);
        Assert.True(Directory.Exists(_directory));
    }

    [Fact]
    public void Save_ThroughALinkedFolder_ReplacesTheTargetAndKeepsTheLink()
    {
        var real = Path.Combine(Parent, "real-models");
        ModelBundleStore.Save(fixture.Bundle, real);
        Directory.CreateSymbolicLink(_directory, real);

        ModelBundleStore.Save(fixture.Bundle, _directory);

        Assert.NotNull(new DirectoryInfo(_directory).LinkTarget);
        Assert.Equal(fixture.Bundle.Metadata.DataHash, ModelBundleStore.Load(_directory).Metadata.DataHash);
        Assert.Equal(["real-models", "trained-models"], Directory.EnumerateFileSystemEntries(Parent).Select(Path.GetFileName).Order());
    }

    private static BundleSwapper CrashingAfter(SwapStep step) =>
        new(reached => { if (reached == step) { throw new IOException($"injected crash after {step}"); } });
}
