namespace Classifier.Core.Learning.Features.Embeddings;

/// <summary>
/// A value built on another thread over a file found first (finding it may itself be slow: the int8 model is made on
/// first use), handed over once to a caller asking for that same file.
/// </summary>
/// <remarks>A caller asking for another file learns so as soon as the file is known, without waiting for the build.</remarks>
internal sealed class PathedPreload<T>
    where T : class
{
    private readonly Task<string?> _path;
    private readonly Task<T> _value;
    private int _taken;

    public PathedPreload(Func<string?> findPath, Func<string?, T> build)
    {
        _path = new Task<string?>(findPath);
        _value = _path.ContinueWith(found => build(found.Result), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
    }

    public void Start() => _path.Start(TaskScheduler.Default);

    /// <summary>The value, when it was built over <paramref name="path"/> and not yet taken; false when it is over another file, failed (the caller meets the fault itself), or was taken.</summary>
    public bool TryTake(string? path, out T? value)
    {
        value = null;
        ((IAsyncResult)_path).AsyncWaitHandle.WaitOne();
        if (!_path.IsCompletedSuccessfully || _path.Result != path)
        {
            return false;
        }
        ((IAsyncResult)_value).AsyncWaitHandle.WaitOne();
        if (!_value.IsCompletedSuccessfully || Interlocked.Exchange(ref _taken, 1) == 1)
        {
            return false;
        }
        value = _value.Result;
        return true;
    }

    /// <summary>Waits for the build, whatever its file, and hands over the value when no caller took it; null when one did or the build failed.</summary>
    public T? TakeUntaken()
    {
        try
        {
            _value.Wait();
        }
        catch (AggregateException)
        {
            // A failed find or build leaves nothing to hand over; the caller that asked for it met the fault itself.
            return null;
        }
        return Interlocked.Exchange(ref _taken, 1) == 0 ? _value.Result : null;
    }
}
