using Classifier.Core.Files;
using Classifier.Core.Tests.Support;

namespace Classifier.Core.Tests.Files;

public sealed class FileLockTests
{
    [Fact]
    public void Acquire_WhileAnotherHolderHasIt_NamesTheHolderInOneLine()
    {
        using var temp = new TempDirectory();
        var list = temp.Write("list.md", "x");
        using var first = FileLock.Acquire(list, "cvclassify review --interactive");

        var error = Assert.Throws<IOException>(() => FileLock.Acquire(list, "cvclassify fix --write"));

        Assert.StartsWith($"{list}: locked by cvclassify review --interactive (process {Environment.ProcessId} of {Environment.UserName} on {Environment.MachineName}, since ", error.Message);
        Assert.EndsWith($"if that process is gone, delete {list}.lock", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Dispose_ReleasesTheLockForTheNextHolder()
    {
        using var temp = new TempDirectory();
        var list = temp.Write("list.md", "x");

        FileLock.Acquire(list, "first").Dispose();
        using var second = FileLock.Acquire(list, "second");

        Assert.Contains("second", File.ReadAllText(list + ".lock"));
    }

    [Fact]
    public void Acquire_WhenTheHolderNoLongerRuns_TakesTheLockOver()
    {
        using var temp = new TempDirectory();
        var list = temp.Write("list.md", "x");
        // Process ids stay below 2^22 on Linux, so this one is not running.
        temp.Write("list.md.lock", $"4194304\t{Environment.MachineName}\tsomeone\t2026-11-20T09:00:00.0000000+00:00\tcvclassify review --interactive");

        using var taken = FileLock.Acquire(list, "mine");

        Assert.Contains("mine", File.ReadAllText(list + ".lock"));
    }

    [Fact]
    public void Acquire_WhenTheLockFileIsUnreadable_RefusesAndKeepsIt()
    {
        using var temp = new TempDirectory();
        var list = temp.Write("list.md", "x");
        temp.Write("list.md.lock", "garbage");

        var error = Assert.Throws<IOException>(() => FileLock.Acquire(list, "mine"));

        Assert.Contains("locked by an unreadable lock file", error.Message);
        Assert.Equal("garbage", File.ReadAllText(list + ".lock"));
    }
}
