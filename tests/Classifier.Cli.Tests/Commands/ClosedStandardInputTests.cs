using Classifier.Cli.Tests.Support;

namespace Classifier.Cli.Tests.Commands;

/// <summary>tag - in a process started with standard input closed refuses it at once instead of waiting for ever.</summary>
[Collection(TrainedModelCollection.Name)]
public sealed class ClosedStandardInputTests(TrainedModelFixture model)
{
    // Descriptor 0 closed at exec gets the runtime's own first pipe, whose write end the process keeps: before the
    // check, the read never ended and the shell's timeout (exit 124) was all that stopped it.
    [Fact]
    public void Tag_DashWithStandardInputClosed_ExitsTwoWithOneLineNamingIt()
    {
        using var temp = new TempDirectory();

        var result = ChildProcess.Shell(
            $"timeout 60 {ChildProcess.Command} tag - --input-format jsonl --format jsonl --model '{model.ModelPath}' <&-", temp.Path);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal(["error: -: standard input was closed when cvclassify started; pipe the papers in or name a file"], result.ErrorLines);
    }

    [Fact]
    public void Tag_DashFromAnEmptyPipe_IsStillAnInputWithNoPapers()
    {
        using var temp = new TempDirectory();

        var result = ChildProcess.Shell(
            $"printf '' | timeout 60 {ChildProcess.Command} tag - --input-format jsonl --format jsonl --model '{model.ModelPath}'", temp.Path);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal(["note: no papers in -"], result.ErrorLines);
    }
}
