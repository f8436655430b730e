using Classifier.Cli.Tests.Support;
using Classifier.Core.Files;

namespace Classifier.Cli.Tests.Commands;

/// <summary>fix --write never loses a list: a lock per list, numbered backups, symbolic links followed, rows never rebuilt from lost cells.</summary>
[Collection(TrainedModelCollection.Name)]
public sealed class FixWriteSafetyTests(TrainedModelFixture model)
{
    [Fact]
    public void FixWrite_WhileAnotherFixHoldsTheList_RefusesNamingTheHolderAndChangesNothing()
    {
        using var temp = new TempDirectory();
        var list = temp.Copy(Repository.March);
        var original = File.ReadAllText(list);
        using var held = FileLock.Acquire(list);

        var result = CvClassify.Run("fix", list, "--write", "--model", model.ModelPath);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains($"in use by another cvclassify (pid {Environment.ProcessId} on ", result.Error, StringComparison.Ordinal);
        Assert.Equal(original, File.ReadAllText(list));
        Assert.False(File.Exists(list + ".bak"));
    }

    [Fact]
    public void FixWrite_OnAnEmptyRowAndAFiveCellRow_RewritesNeitherTheTitleNorTheRow()
    {
        using var temp = new TempDirectory();
        var source = "# Top CV Papers in April 2024\n\n<h4>1. Image Recognition</h4>\n\n| Title | Project | Summary |\n| --- | --- | --- |\n"
            + "| [A](https://arxiv.org/abs/2404.00001) | -- | sum a |\n||\n| [B](https://arxiv.org/abs/2404.00002) | -- | sum b | extra | more |\n";
        var list = temp.Write("Top CV Papers in April 2024.md", source);

        var result = CvClassify.Run("fix", list, "--write", "--model", model.ModelPath);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.EndsWith("nothing to fix.", result.Output.Trim(), StringComparison.Ordinal);
        Assert.Equal(source, File.ReadAllText(list));
    }

    [Fact]
    public async Task FixWrite_TwiceAtOnce_LosesNeitherTheOriginalNorAnUpdate()
    {
        using var temp = new TempDirectory();
        var list = temp.Copy(Repository.March);
        var original = File.ReadAllText(list);
        using var start = new ManualResetEventSlim();

        var running = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            start.Wait();
            return CvClassify.Run("fix", list, "--write", "--model", model.ModelPath);
        })).ToList();
        start.Set();
        var fixes = await Task.WhenAll(running);

        Assert.All(fixes, r => Assert.True(r.ExitCode == ExitCodes.Ok || r.Error.Contains("in use by another cvclassify", StringComparison.Ordinal), r.Error));
        Assert.Equal(original, File.ReadAllText(list + ".bak"));
        Assert.DoesNotContain("toc-target", CvClassify.Run("review", list, "--format", "json").Output, StringComparison.Ordinal);
        Assert.False(File.Exists(list + ".lock"));
    }

    [Fact]
    public void FixWrite_Twice_KeepsTheOriginalInBakAndSaysWhereTheSecondBackupWent()
    {
        using var temp = new TempDirectory();
        var list = temp.Copy(Repository.March);
        var original = File.ReadAllText(list);

        var first = CvClassify.Run("fix", list, "--write", "--model", model.ModelPath);
        var afterFirst = File.ReadAllText(list);
        var misfile = first.ErrorLines.First(l => l.StartsWith("hint: not moved (use --accept 2303", StringComparison.Ordinal));
        var id = misfile.Split("--accept ")[1].Split(')')[0];
        var second = CvClassify.Run("fix", list, "--write", "--accept", id, "--model", model.ModelPath);

        Assert.Contains($"the original is in {list}.bak", first.Output, StringComparison.Ordinal);
        Assert.Contains($"the previous version is in {list}.bak.1", second.Output, StringComparison.Ordinal);
        Assert.Equal(original, File.ReadAllText(list + ".bak"));
        Assert.Equal(afterFirst, File.ReadAllText(list + ".bak.1"));
    }

    [Fact]
    public void FixWrite_ThroughASymbolicLink_FixesTheTargetAndKeepsTheLink()
    {
        using var temp = new TempDirectory();
        var target = temp.Copy(Repository.March, "real.md");
        var link = temp.PathOf("Top CV Papers in March 2023.md");
        File.CreateSymbolicLink(link, target);
        var original = File.ReadAllText(target);

        var result = CvClassify.Run("fix", link, "--write", "--model", model.ModelPath);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.NotEqual(original, File.ReadAllText(target));
        Assert.Equal(original, File.ReadAllText(target + ".bak"));
    }
}
