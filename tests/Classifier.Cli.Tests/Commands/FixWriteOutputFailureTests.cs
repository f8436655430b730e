using Classifier.Cli.Tests.Support;

namespace Classifier.Cli.Tests.Commands;

/// <summary>fix --write whose diff cannot be written stops before it changes the list.</summary>
[Collection(TrainedModelCollection.Name)]
public sealed class FixWriteOutputFailureTests(TrainedModelFixture model)
{
    // Before the flush, the diff sat in stdout's buffer while the list was rewritten and backed up; the write to
    // /dev/full failed only at exit, so the command said exit 2 'could not write' over a list it had already changed.
    [Fact]
    public void FixWrite_WithStandardOutputOnAFullDevice_ExitsTwoAndLeavesTheListAsItWas()
    {
        using var temp = new TempDirectory();
        var list = temp.Copy(Repository.March, "march.md");
        var original = File.ReadAllText(list);

        var result = ChildProcess.Shell($"{ChildProcess.Command} fix march.md --write --model '{model.ModelPath}' > /dev/full", temp.Path);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal("error: /dev/full (standard output): could not write: No space left on device", result.ErrorLines[^1]);
        Assert.Equal(original, File.ReadAllText(list));
        Assert.False(File.Exists(list + ".bak"));
    }
}
