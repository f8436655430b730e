using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Classifier.Cli;

/// <summary>Stdout as a stream that tells a closed pipe (EPIPE) from a failed write (a full disk, EIO).</summary>
/// <remarks>
/// A file or device gets the process's own stdout stream, which writes with write(2) at the descriptor's shared offset,
/// so <c>cmd &gt; log 2&gt;&amp;1</c> keeps stdout's and stderr's lines in order. A pipe gets a FileStream over
/// descriptor 1, because .NET's console stream drops EPIPE silently and <c>tag ... | head</c> must stop.
/// </remarks>
internal static class StandardOutput
{
    private const int BrokenPipe = 32;

    /// <summary>A UTF-8 writer over stdout whose writes throw <see cref="OutputClosedException"/> once the reader has gone and <see cref="OutputFailedException"/> on any other failure.</summary>
    public static TextWriter Open()
    {
        if (OperatingSystem.IsWindows())
        {
            return Console.Out;
        }
        // A FileStream over a seekable descriptor keeps an offset of its own (pwrite), which overwrites stderr's lines.
        Stream stream = new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
        if (stream.CanSeek)
        {
            stream.Dispose();
            stream = Console.OpenStandardOutput();
        }
        return new StreamWriter(new WriteGuard(stream, Name()), new UTF8Encoding(false), bufferSize: 16 * 1024) { AutoFlush = false };
    }

    /// <summary>What stdout is, for an error line: the file it was redirected to when the system can say.</summary>
    private static string Name()
    {
        try
        {
            var target = new FileInfo("/proc/self/fd/1").LinkTarget;
            return target is null || !target.StartsWith('/') ? "standard output" : $"{target} (standard output)";
        }
        catch (IOException)
        {
            return "standard output";
        }
        catch (UnauthorizedAccessException)
        {
            return "standard output";
        }
    }

    private sealed class WriteGuard(Stream inner, string name) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Guard(() => inner.Write(buffer, offset, count));

        public override void Flush() => Guard(inner.Flush);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        private void Guard(Action write)
        {
            try
            {
                write();
            }
            catch (IOException exception) when (exception is not OutputClosedException and not OutputFailedException)
            {
                // On Unix .NET puts the errno in HResult.
                throw exception.HResult == BrokenPipe
                    ? new OutputClosedException(exception)
                    : new OutputFailedException(name, exception);
            }
        }
    }
}

/// <summary>Whoever read our output has gone (a closed pipe); the command stops quietly.</summary>
internal sealed class OutputClosedException(Exception inner) : IOException("output closed", inner);

/// <summary>A write to an output failed for a reason other than a closed pipe (a full disk, an I/O error); the command stops with one line.</summary>
internal sealed class OutputFailedException(string output, Exception inner)
    : IOException($"{output}: could not write: {inner.Message}", inner);
