using System.Text;
using Classifier.Core.Papers.Inputs;

namespace Classifier.Core.Tests.Papers.Inputs;

/// <summary>The temporary copy of standard input: gone when done, and a killed process's copy removed by the next run.</summary>
public sealed class StandardInputSpoolTests
{
    [Fact]
    public void Copy_WhenASpoolOfAProcessThatNoLongerRunsIsLeft_RemovesIt()
    {
        // No Linux pid reaches int.MaxValue (pid_max is at most 2^22), so this owner is certainly gone.
        var leftover = Path.Combine(Path.GetTempPath(), $"cvclassify-stdin-{int.MaxValue}-{Guid.NewGuid():N}");
        File.WriteAllText(leftover, "{\"title\": \"A paper left by a killed run\"}\n");

        using (StandardInputSpool.Copy(() => new MemoryStream(Encoding.UTF8.GetBytes("{}\n"))))
        {
        }

        Assert.Equal(!OperatingSystem.IsLinux(), File.Exists(leftover));
        File.Delete(leftover);
    }

    [Fact]
    public void Dispose_RemovesTheSpoolItCopied()
    {
        var spool = StandardInputSpool.Copy(() => new MemoryStream(Encoding.UTF8.GetBytes("{\"title\": \"A\"}\n")));
        var path = spool.Path;
        var copied = File.ReadAllText(path);

        spool.Dispose();

        Assert.Equal("{\"title\": \"A\"}\n", copied);
        Assert.False(File.Exists(path));
    }
}
