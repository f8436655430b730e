using System.Runtime.InteropServices;

namespace Classifier.Cli.Tests;

public sealed class NativeHeapTests
{
    // glibc's chunk header, the word before the pointer, marks a block mapped on its own (malloc.c's IS_MMAPPED).
    private const long IsMapped = 0x2;

    [Fact]
    public void KeepMmapThresholdFixed_OnLinux_MapsALargeBlockEvenAfterALargerMappedOneWasFreed()
    {
        var fixedThreshold = NativeHeap.KeepMmapThresholdFixed();

        Assert.Equal(OperatingSystem.IsLinux(), fixedThreshold);
        if (!fixedThreshold)
        {
            return;
        }
        // With glibc's default this free would raise the threshold to 8 MB, and the next 1 MB would come from its heap.
        Marshal.FreeHGlobal(Marshal.AllocHGlobal(8 << 20));
        var block = Marshal.AllocHGlobal(1 << 20);
        var mapped = (Marshal.ReadInt64(block, -8) & IsMapped) != 0;
        Marshal.FreeHGlobal(block);

        Assert.True(mapped);
    }
}
