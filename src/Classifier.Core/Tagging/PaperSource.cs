using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Classifier.Core.Learning;
using Classifier.Core.Papers;

namespace Classifier.Core.Tagging;

/// <summary>Feeds papers to an ML.NET cursor as rows, keeping each paper until its scored row comes back and any reading failure as thrown.</summary>
internal sealed class PaperSource(IEnumerable<Paper> papers)
{
    private readonly ConcurrentQueue<Paper> _pending = new();

    /// <summary>The exception the papers threw while being read (ML.NET wraps it; callers rethrow this one instead).</summary>
    public ExceptionDispatchInfo? Failure { get; private set; }

    /// <summary>The rows to score for <paramref name="model"/> (embedded a batch at a time); enumerated once, on the cursor's own thread.</summary>
    public IEnumerable<PaperRow> Rows(TrainedModel model) => model.Rows(Read());

    private IEnumerable<Paper> Read()
    {
        using var enumerator = papers.GetEnumerator();
        while (MoveNext(enumerator))
        {
            _pending.Enqueue(enumerator.Current);
            yield return enumerator.Current;
        }
    }

    /// <summary>The paper whose scored row the cursor has just returned.</summary>
    public Paper Next() =>
        _pending.TryDequeue(out var paper) ? paper : throw new InvalidOperationException("the scoring cursor returned more rows than papers");

    private bool MoveNext(IEnumerator<Paper> enumerator)
    {
        try
        {
            return enumerator.MoveNext();
        }
        // Ending the rows instead of throwing lets the cursor hand back the rows it already read; the caller rethrows after them.
        catch (Exception exception)
        {
            Failure = ExceptionDispatchInfo.Capture(exception);
            return false;
        }
    }
}
