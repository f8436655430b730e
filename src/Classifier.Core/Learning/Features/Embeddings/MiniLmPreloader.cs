using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.Tokenizers;

namespace Classifier.Core.Learning.Features.Embeddings;

/// <summary>
/// Builds the encoder's ONNX session, its tokenizer and its identity on other threads while the caller loads a bundle,
/// so that a cold <c>tag</c> waits for the longest of these rather than their sum (the identity usually comes from the
/// session's check of its saved model, not from hashing the .onnx).
/// </summary>
internal static class MiniLmPreloader
{
    private static PathedPreload<InferenceSession>? s_preload;
    private static Task<BertTokenizer>? s_tokenizer;

    /// <summary>Starts finding these weights' model file and building a session over it with the tuned settings, and building the tokenizer, then the identity; a second call does nothing until the first session is taken.</summary>
    /// <remarks>The file is found on the session's thread too: the first int8 run quantises it there, beside the bundle's load.</remarks>
    public static void Start(string weights = EncoderWeights.Fp32)
    {
        var started = new PathedPreload<InferenceSession>(() => EncoderWeights.ModelPath(weights), path => MiniLmEncoder.CreateSession(OnnxSessionSettings.Tuned, path));
        if (Interlocked.CompareExchange(ref s_preload, started, null) is null)
        {
            started.Start();
            // The tokenizer first: the main thread needs it right after the bundle's load (50-65 ms of a cold tag's
            // main thread, built there), while the identity is asked for only at the first paper's check.
            var tokenizer = Task.Run(MiniLmEncoder.CreateTokenizer);
            Volatile.Write(ref s_tokenizer, tokenizer);
            _ = tokenizer.ContinueWith(_ => EncoderWeights.Identity(weights), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        }
    }

    /// <summary>The preloaded session when one was started with these settings over this model file (null: the package's), handed over once (the taker disposes it); otherwise null.</summary>
    /// <remarks>A preload over another file is left for the caller it was started for (only the bench mixes weights in one process).</remarks>
    public static InferenceSession? Take(OnnxSessionSettings settings, string? modelPath = null)
    {
        var preload = Volatile.Read(ref s_preload);
        if (settings != OnnxSessionSettings.Tuned || preload is null || !preload.TryTake(modelPath, out var session))
        {
            return null;
        }
        Interlocked.CompareExchange(ref s_preload, null, preload);
        return session;
    }

    /// <summary>The tokenizer built by <see cref="Start"/>, handed over once (each encoder has its own); null when none was started or it failed (the caller builds one and meets the fault).</summary>
    public static BertTokenizer? TakeTokenizer()
    {
        var built = Interlocked.Exchange(ref s_tokenizer, null);
        if (built is null)
        {
            return null;
        }
        ((IAsyncResult)built).AsyncWaitHandle.WaitOne();
        return built.IsCompletedSuccessfully ? built.Result : null;
    }

    /// <summary>Waits for a session still being built that no caller took (a command that failed before encoding) and disposes it.</summary>
    /// <remarks>
    /// A process that exits while ONNX Runtime builds a session on another thread can crash in the runtime's teardown:
    /// a bad input to a semantic tag ended with signal 11 (exit 139) in about one run in six instead of exit 2.
    /// </remarks>
    public static void Settle()
    {
        Interlocked.Exchange(ref s_preload, null)?.TakeUntaken()?.Dispose();
    }
}
