using Classifier.Cli.Tests.Support;

namespace Classifier.Cli.Tests.Commands;

/// <summary>A semantic tag that fails before it encodes exits with its own code, not with a crash of the encoder session still being built.</summary>
public sealed class EncoderSessionAtExitTests
{
    private const int Runs = 10;

    // Before MiniLmPreloader.Settle, about one run in six of a Release build ended with signal 11 (exit 139). A Debug
    // build (dotnet test's) loads the bundle slower than the session builds, so there this mostly checks the contract.
    [Fact]
    public void Tag_WithTheBundledModelAndAnInputOfUnknownFormat_ExitsTwoWithItsErrorEveryRun()
    {
        using var temp = new TempDirectory();
        temp.Write("papers.txt", "Segment anything\n");
        var model = Path.Combine(Repository.Root, "trained-models");
        var once = $"{ChildProcess.Command} tag papers.txt --model '{model}' 2>>err; echo $? >>codes";

        ChildProcess.Shell(string.Join("; ", Enumerable.Repeat(once, Runs)), temp.Path);

        Assert.Equal(Enumerable.Repeat("2", Runs), File.ReadAllLines(temp.PathOf("codes")));
        var errors = File.ReadAllLines(temp.PathOf("err"));
        Assert.Equal(Runs, errors.Length);
        Assert.All(errors, line => Assert.StartsWith("error: papers.txt: cannot tell the input format", line, StringComparison.Ordinal));
    }
}
