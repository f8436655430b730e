using Classifier.Core.Learning.Features.Embeddings;

namespace Classifier.Core.Tests.Learning.Features.Embeddings;

public sealed class PathedPreloadTests
{
    // Generous: TryTake for another file must return as soon as the file is known; the build below never finishes on its own.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task TryTake_ForAnotherFile_ReturnsFalseWithoutWaitingForTheBuild()
    {
        using var release = new ManualResetEventSlim();
        var preload = new PathedPreload<string>(() => "int8.onnx", path =>
        {
            release.Wait();
            return $"session over {path}";
        });
        preload.Start();

        var other = Task.Run(() => preload.TryTake(null, out _));

        var finished = await Task.WhenAny(other, Task.Delay(Patience));
        Assert.True(finished == other, "TryTake for another file waited for the build");
        Assert.False(await other);
        release.Set();
        Assert.True(preload.TryTake("int8.onnx", out var value));
        Assert.Equal("session over int8.onnx", value);
    }

    [Fact]
    public void TryTake_ForItsFile_HandsTheValueOverOnce()
    {
        var builds = 0;
        var preload = new PathedPreload<string>(() => null, _ => $"session {Interlocked.Increment(ref builds)}");
        preload.Start();

        Assert.True(preload.TryTake(null, out var first));
        Assert.False(preload.TryTake(null, out var second));
        Assert.Equal("session 1", first);
        Assert.Null(second);
        Assert.Equal(1, builds);
    }

    [Fact]
    public void TryTake_WhenFindingTheFileFailed_ReturnsFalseSoTheCallerMeetsTheFault()
    {
        var preload = new PathedPreload<string>(() => throw new IOException("cache folder unwritable"), _ => "never");
        preload.Start();

        Assert.False(preload.TryTake("int8.onnx", out var value));
        Assert.Null(value);
    }

    [Fact]
    public void TryTake_WhenTheBuildFailed_ReturnsFalse()
    {
        var preload = new PathedPreload<string>(() => null, _ => throw new InvalidOperationException("no session"));
        preload.Start();

        Assert.False(preload.TryTake(null, out _));
    }

    [Fact]
    public async Task TakeUntaken_WaitsForABuildStillRunningAndHandsItsValueOver()
    {
        using var release = new ManualResetEventSlim();
        var preload = new PathedPreload<string>(() => "int8.onnx", path =>
        {
            release.Wait();
            return $"session over {path}";
        });
        preload.Start();

        var settled = Task.Run(preload.TakeUntaken);
        await Task.Delay(50);
        Assert.False(settled.IsCompleted);
        release.Set();

        Assert.Equal("session over int8.onnx", await settled);
        Assert.False(preload.TryTake("int8.onnx", out _));
    }

    [Fact]
    public void TakeUntaken_AfterACallerTookTheValue_ReturnsNull()
    {
        var preload = new PathedPreload<string>(() => null, _ => "session");
        preload.Start();
        Assert.True(preload.TryTake(null, out _));

        Assert.Null(preload.TakeUntaken());
    }

    [Fact]
    public void TakeUntaken_WhenFindingTheFileOrTheBuildFailed_ReturnsNull()
    {
        var notFound = new PathedPreload<string>(() => throw new IOException("cache folder unwritable"), _ => "never");
        var notBuilt = new PathedPreload<string>(() => null, _ => throw new InvalidOperationException("no session"));
        notFound.Start();
        notBuilt.Start();

        Assert.Null(notFound.TakeUntaken());
        Assert.Null(notBuilt.TakeUntaken());
    }
}
