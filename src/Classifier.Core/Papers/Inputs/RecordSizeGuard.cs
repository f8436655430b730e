namespace Classifier.Core.Papers.Inputs;

/// <summary>A read-only stream that fails once more than a record's worth of bytes is read since the last <see cref="StartRecord"/>.</summary>
/// <remarks>An XML reader loads a whole element before handing it over, so the limit has to sit under it, on the bytes.</remarks>
internal sealed class RecordSizeGuard(Stream inner, Func<Exception> tooLarge) : Stream
{
    // The reader buffers ahead, so a record is allowed its own size plus one buffer.
    private const long Limit = RecordLimits.MaxRecordChars + (64 * 1024);
    private long _sinceStart;

    public void StartRecord() => _sinceStart = 0;

    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = inner.Read(buffer, offset, count);
        _sinceStart += read;
        return _sinceStart > Limit ? throw tooLarge() : read;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }
}
