using Classifier.Core.Files;
using Classifier.Core.Tests.Support;

namespace Classifier.Core.Tests.Files;

public sealed class FileLockTests
{
    [Fact]
    public void Acquire_WhileHeld_RefusesNamingPidHostAndStart()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("list.md", "x");
        using var held = FileLock.Acquire(path);

        var error = Assert.Throws<FileLockedException>(() => FileLock.Acquire(path));

        Assert.Matches($@"list\.md: in use by another cvclassify \(pid {Environment.ProcessId} on .+ since \d{{4}}-\d\d-\d\dT", error.Message);
        Assert.Contains(path + ".lock", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Acquire_AfterRelease_Succeeds()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("list.md", "x");

        FileLock.Acquire(path).Dispose();
        using var again = FileLock.Acquire(path);

        Assert.True(File.Exists(path + ".lock"));
    }

    [Fact]
    public void Acquire_WhenTheHolderNoLongerRuns_TakesTheLockOver()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("list.md", "x");
        File.WriteAllText(path + ".lock", $"pid {int.MaxValue - 1} on {Environment.MachineName} since 2020-01-01T00:00:00Z");

        using var taken = FileLock.Acquire(path);

        Assert.Contains($"pid {Environment.ProcessId} ", File.ReadAllText(path + ".lock"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Acquire_ByManyAtOnceOverADeadHolder_GivesTheLockToExactlyOne()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("list.md", "x");
        for (var round = 0; round < 20; round++)
        {
            File.WriteAllText(path + ".lock", $"pid {int.MaxValue - 1} on {Environment.MachineName} since 2020-01-01T00:00:00Z");
            using var start = new ManualResetEventSlim();
            var contenders = Enumerable.Range(0, 6).Select(_ => Task.Run(() =>
            {
                start.Wait();
                try
                {
                    return FileLock.Acquire(path);
                }
                catch (FileLockedException)
                {
                    return null;
                }
            })).ToList();
            start.Set();
            var taken = (await Task.WhenAll(contenders)).OfType<FileLock>().ToList();

            Assert.Single(taken);
            taken.ForEach(t => t.Dispose());
        }
    }

    [Fact]
    public void Acquire_WhenTheHolderIsAZombie_TakesTheLockOver()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("list.md", "x");
        // sh starts a child that exits at once, then becomes sleep, which never reaps it: a zombie for two seconds.
        using var parent = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("/bin/sh", ["-c", "sleep 0 & echo $!; exec sleep 2"]) { RedirectStandardOutput = true })!;
        var zombie = int.Parse(parent.StandardOutput.ReadLine()!, System.Globalization.CultureInfo.InvariantCulture);
        Thread.Sleep(200);
        File.WriteAllText(path + ".lock", $"pid {zombie} on {Environment.MachineName} since 2020-01-01T00:00:00Z");

        using var taken = FileLock.Acquire(path);

        Assert.Contains($"pid {Environment.ProcessId} ", File.ReadAllText(path + ".lock"), StringComparison.Ordinal);
        parent.WaitForExit();
    }

    [Fact]
    public void Acquire_WhenTheHolderIsOnAnotherHost_NeverGuessesItIsStale()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("list.md", "x");
        File.WriteAllText(path + ".lock", "pid 1 on some-other-host since 2020-01-01T00:00:00Z");

        var error = Assert.Throws<FileLockedException>(() => FileLock.Acquire(path));

        Assert.Contains("pid 1 on some-other-host since 2020-01-01T00:00:00Z", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Acquire_WithAPurpose_NamesItToTheNextWriterInOneLine()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("list.md", "x");
        using var held = FileLock.Acquire(path, "cvclassify review --interactive");

        var error = Assert.Throws<FileLockedException>(() => FileLock.Acquire(path, "cvclassify fix --write"));

        Assert.Contains(" for cvclassify review --interactive); try again when it ends", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Acquire_WhenTheLockFileIsUnreadable_RefusesAndKeepsIt()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("list.md", "x");
        File.WriteAllText(path + ".lock", "garbage");

        var error = Assert.Throws<FileLockedException>(() => FileLock.Acquire(path));

        Assert.Contains("(garbage)", error.Message, StringComparison.Ordinal);
        Assert.Equal("garbage", File.ReadAllText(path + ".lock"));
    }
}
