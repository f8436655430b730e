using Classifier.Cli.Tests.Support;

namespace Classifier.Cli.Tests.Commands;

/// <summary>Reads are bounded by the bytes read: a device or FIFO given as a list is one error line, never a hang or gigabytes of memory.</summary>
public sealed class BoundedReadTests
{
    [Fact]
    public void Review_OfDevZero_RefusesItInOneLine()
    {
        var result = CvClassify.Run("review", "/dev/zero");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal("error: /dev/zero: a character device, not a regular file", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void Review_OfAFifo_RefusesItWithoutWaitingForAWriter()
    {
        using var temp = new TempDirectory();
        var fifo = temp.PathOf("Top CV Papers in April 2024.md");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
        }

        var result = CvClassify.Run("review", fifo);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal($"error: {fifo}: a FIFO (named pipe), not a regular file", Assert.Single(result.ErrorLines));
    }
}
