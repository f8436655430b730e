using System.Runtime.InteropServices;

namespace Classifier.Cli;

/// <summary>Sets glibc's allocator, which ONNX Runtime's buffers come from, so that freed large blocks go back to the system.</summary>
/// <remarks>
/// By default glibc raises its mmap threshold to the size of every mapped block freed (up to 32 MB), so after ONNX
/// Runtime's session build freed its large buffers, later ones came from the heap, where holes stay resident: tag of
/// 1,000 papers with summaries ended with 43 MB free but resident in glibc's heap and peaked at 330 MiB, against 8 MB
/// and 295 MiB with the threshold fixed at its default of 128 KB, at the same CPU (docs/mem.md). Fewer arenas did not help.
/// </remarks>
internal static class NativeHeap
{
    private const int MmapThresholdParameter = -3; // M_MMAP_THRESHOLD in malloc.h

    /// <summary>glibc's initial threshold; setting it explicitly also turns its growth off.</summary>
    public const int MmapThreshold = 128 * 1024;

    /// <summary>Fixes the mmap threshold; false where there is no glibc to set (another OS or C library).</summary>
    public static bool KeepMmapThresholdFixed()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }
        try
        {
            return Native.mallopt(MmapThresholdParameter, MmapThreshold) == 1;
        }
        catch (Exception exception) when (exception is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    private static class Native
    {
#pragma warning disable SYSLIB1054 // a plain DllImport of two ints needs no generated marshalling
        [DllImport("libc")]
        public static extern int mallopt(int parameter, int value);
#pragma warning restore SYSLIB1054
    }
}
