using Classifier.Core.Papers.Inputs;

namespace Classifier.Core.Files;

/// <summary>The process's standard input, refused when it was closed at start instead of read for ever.</summary>
/// <remarks>
/// A process started with descriptor 0 closed (<c>cvclassify tag - &lt;&amp;-</c>) gets the runtime's own first pipe
/// there: .NET opens one at start-up and keeps its write end, so a read of "stdin" never sees end of file and
/// <c>tag -</c> hung until killed.
/// </remarks>
public static class ProcessStandardInput
{
    private const string Descriptors = "/proc/self/fd";

    /// <summary>Opens descriptor 0; an <see cref="InputException"/> naming '-' when it is a pipe this process itself writes to.</summary>
    public static Stream Open()
    {
        if (IsOwnPipe(0))
        {
            throw new InputException(InputPaths.StandardInput, 0,
                "standard input was closed when cvclassify started; pipe the papers in or name a file");
        }
        return Console.OpenStandardInput();
    }

    /// <summary>Whether descriptor <paramref name="descriptor"/> is a pipe whose write end this process also holds (Linux; false where /proc cannot say).</summary>
    public static bool IsOwnPipe(int descriptor)
    {
        if (!OperatingSystem.IsLinux() || Target(descriptor) is not { } pipe || !pipe.StartsWith("pipe:", StringComparison.Ordinal))
        {
            return false;
        }
        try
        {
            return Directory.EnumerateFiles(Descriptors)
                .Select(path => int.TryParse(Path.GetFileName(path), out var other) ? other : -1)
                .Any(other => other >= 0 && other != descriptor && Target(other) == pipe && IsOpenForWriting(other));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static string? Target(int descriptor)
    {
        try
        {
            return new FileInfo($"{Descriptors}/{descriptor}").LinkTarget;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // fdinfo's "flags:" is octal; O_ACCMODE's low two bits are 1 for O_WRONLY and 2 for O_RDWR.
    private static bool IsOpenForWriting(int descriptor)
    {
        try
        {
            var flags = File.ReadLines($"/proc/self/fdinfo/{descriptor}")
                .FirstOrDefault(line => line.StartsWith("flags:", StringComparison.Ordinal));
            return flags is not null && (Convert.ToInt32(flags["flags:".Length..].Trim(), 8) & 3) != 0;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException)
        {
            return false;
        }
    }
}
