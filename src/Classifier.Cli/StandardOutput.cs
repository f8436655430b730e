using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Classifier.Cli;

/// <summary>Stdout as a stream that reports a closed pipe, so that <c>tag ... | head</c> stops instead of reading all its input.</summary>
/// <remarks>.NET's console stream drops EPIPE silently; a FileStream over descriptor 1 raises it as an IOException.</remarks>
internal static class StandardOutput
{
    /// <summary>A UTF-8 writer over stdout whose writes throw <see cref="OutputClosedException"/> once the reader has gone.</summary>
    public static TextWriter Open()
    {
        if (OperatingSystem.IsWindows())
        {
            return Console.Out;
        }
        var stream = new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
        return new StreamWriter(new ClosedPipeGuard(stream), new UTF8Encoding(false), bufferSize: 16 * 1024) { AutoFlush = false };
    }

    private sealed class ClosedPipeGuard(Stream inner) : Stream
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

        private static void Guard(Action write)
        {
            try
            {
                write();
            }
            catch (IOException exception) when (exception is not OutputClosedException)
            {
                throw new OutputClosedException(exception);
            }
        }
    }
}

/// <summary>Whoever read our output has gone (a closed pipe); the command stops quietly.</summary>
internal sealed class OutputClosedException(Exception inner) : IOException("output closed", inner);
