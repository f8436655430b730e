using System.Runtime.InteropServices;

namespace Classifier.Cli.Tests;

/// <summary>Runs alone: other tests' allocations and frees would change the heap between the count and the check.</summary>
[CollectionDefinition(nameof(NativeHeapTests), DisableParallelization = true)]
public sealed class NativeHeapCollection;

[Collection(nameof(NativeHeapTests))]
public sealed class NativeHeapTests
{
    // glibc's chunk header, the word before the pointer, marks a block mapped on its own (malloc.c's IS_MMAPPED).
    private const long IsMapped = 0x2;
    private const int BlockSize = 1 << 20;

    [Fact]
    public void KeepMmapThresholdFixed_OnLinux_MapsLargeBlocksEvenAfterALargerMappedOneWasFreed()
    {
        var fixedThreshold = NativeHeap.KeepMmapThresholdFixed();

        Assert.Equal(OperatingSystem.IsLinux(), fixedThreshold);
        if (!fixedThreshold)
        {
            return;
        }
        // With glibc's default this free would raise the threshold to 8 MB, and every 1 MB block after it would come
        // from its heap. A test host has run other tests before this one, so its heap may hold free chunks that serve
        // 1 MB blocks whatever the threshold: ask for 64 MB more than all of glibc's free memory, so that the last
        // blocks must be new memory, mapped on their own only if the threshold stayed fixed.
        Marshal.FreeHGlobal(Marshal.AllocHGlobal(8 << 20));
        var free = (long)Native.mallinfo2().fordblks;
        var blocks = new List<nint>();
        try
        {
            for (var allocated = 0L; allocated < free + (64L << 20); allocated += BlockSize)
            {
                blocks.Add(Marshal.AllocHGlobal(BlockSize));
            }
            var mapped = blocks.Count(b => (Marshal.ReadInt64(b, -8) & IsMapped) != 0);

            Assert.True(mapped >= 32, $"{mapped} of {blocks.Count} blocks of 1 MB were mapped on their own ({free} bytes free in glibc's heap before)");
        }
        finally
        {
            blocks.ForEach(Marshal.FreeHGlobal);
        }
    }

    private static class Native
    {
        // glibc's mallinfo2 (2.33 and later); only fordblks, the bytes free in its heaps, is read.
        [StructLayout(LayoutKind.Sequential)]
        public struct MallInfo2
        {
            public nuint arena;
            public nuint ordblks;
            public nuint smblks;
            public nuint hblks;
            public nuint hblkhd;
            public nuint usmblks;
            public nuint fsmblks;
            public nuint uordblks;
            public nuint fordblks;
            public nuint keepcost;
        }

#pragma warning disable SYSLIB1054 // a plain DllImport of a blittable struct needs no generated marshalling
        [DllImport("libc")]
        public static extern MallInfo2 mallinfo2();
#pragma warning restore SYSLIB1054
    }
}
