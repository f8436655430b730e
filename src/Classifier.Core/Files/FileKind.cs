using System.Runtime.InteropServices;

namespace Classifier.Core.Files;

/// <summary>What a path names (a regular file, a FIFO, a device...), asked of stat(2) without opening it: opening a FIFO blocks.</summary>
public static class FileKind
{
    private const uint TypeMask = 0xF000;
    private const uint RegularType = 0x8000;
    private const uint DirectoryType = 0x4000;

    /// <summary>Whether <paramref name="path"/> (links followed) is a regular file; true where the system cannot say, as .NET itself assumes.</summary>
    public static bool IsRegular(string path) => Mode(path) is not { } mode || (mode & TypeMask) == RegularType;

    /// <summary>A short name for what <paramref name="path"/> is when it is not a regular file or folder, for an error line; null otherwise.</summary>
    public static string? Special(string path) => Mode(path) is { } mode && (mode & TypeMask) is not (RegularType or DirectoryType)
        ? (mode & TypeMask) switch
        {
            0x1000 => "a FIFO (named pipe)",
            0x2000 => "a character device",
            0x6000 => "a block device",
            0xC000 => "a socket",
            _ => "not a regular file",
        }
        : null;

    // st_mode's offset in struct stat differs per platform; where it is not known here the answer is "cannot say".
    private static uint? Mode(string path)
    {
        var offset = OperatingSystem.IsLinux()
            ? RuntimeInformation.ProcessArchitecture switch
            {
                Architecture.X64 => 24,
                Architecture.Arm64 => 16,
                _ => -1,
            }
            : -1;
        if (offset < 0)
        {
            return null;
        }
        var buffer = new byte[256];
        try
        {
            return Native.stat(path, buffer) == 0 ? BitConverter.ToUInt32(buffer, offset) : null;
        }
        catch (Exception exception) when (exception is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }
    }

    private static class Native
    {
        [DllImport("libc", SetLastError = true)]
#pragma warning disable SYSLIB1054, CA2101 // a plain DllImport needs no unsafe code; paths are UTF-8 on Linux
        public static extern int stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] buffer);
#pragma warning restore SYSLIB1054, CA2101
    }
}
