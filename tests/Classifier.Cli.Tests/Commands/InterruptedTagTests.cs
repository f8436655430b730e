using Classifier.Cli.Tests.Support;

namespace Classifier.Cli.Tests.Commands;

/// <summary>A tag of standard input ended by a signal leaves no copy of its input behind.</summary>
[Collection(TrainedModelCollection.Name)]
public sealed class InterruptedTagTests(TrainedModelFixture model)
{
    // .NET ends a signalled process without the main thread's finally blocks: before InterruptCleanup, every
    // interrupted 'cat papers | cvclassify tag -' left its whole input as $TMPDIR/cvclassify-stdin-*. The FIFO keeps
    // the copy open (its writer has not closed) until the signal comes, so the timing does not matter.
    [Fact]
    public void Tag_DashTerminatedWhileReadingStandardInput_RemovesItsSpool()
    {
        using var temp = new TempDirectory();
        var spools = temp.PathOf("tmp");
        Directory.CreateDirectory(spools);
        var script = $$"""
            export TMPDIR='{{spools}}'; mkfifo papers
            {{ChildProcess.Command}} tag - --input-format jsonl --format jsonl --model '{{model.ModelPath}}' < papers > out 2> err &
            pid=$!
            exec 3> papers
            printf '{"title": "Segment Anything"}\n' >&3
            i=0; while [ $i -lt 600 ] && [ -z "$(ls "$TMPDIR" | grep cvclassify-stdin-)" ]; do sleep 0.1; i=$((i+1)); done
            ls "$TMPDIR" | grep cvclassify-stdin- > spooled
            kill -TERM $pid; wait $pid; echo $? > code
            exec 3>&-
            """;

        ChildProcess.Shell(script, temp.Path);

        Assert.StartsWith("cvclassify-stdin-", File.ReadAllText(temp.PathOf("spooled")), StringComparison.Ordinal);
        Assert.Equal("143", File.ReadAllText(temp.PathOf("code")).Trim());
        Assert.Empty(Directory.EnumerateFiles(spools, "cvclassify-stdin-*"));
    }
}
