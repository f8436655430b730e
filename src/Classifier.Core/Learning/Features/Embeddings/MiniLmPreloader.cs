using Microsoft.ML.OnnxRuntime;

namespace Classifier.Core.Learning.Features.Embeddings;

/// <summary>
/// Builds the encoder's ONNX session and hashes its model on other threads while the caller loads a bundle, so that a
/// cold <c>tag</c> waits for the longest of the three rather than their sum.
/// </summary>
internal static class MiniLmPreloader
{
    private static PathedPreload<InferenceSession>? s_preload;

    /// <summary>Starts finding these weights' model file and building a session over it with the tuned settings, and hashing it; a second call does nothing until the first session is taken.</summary>
    /// <remarks>The file is found on the session's thread too: the first int8 run quantises it there, beside the bundle's load.</remarks>
    public static void Start(string weights = EncoderWeights.Fp32)
    {
        var started = new PathedPreload<InferenceSession>(() => EncoderWeights.ModelPath(weights), path => MiniLmEncoder.CreateSession(OnnxSessionSettings.Tuned, path));
        if (Interlocked.CompareExchange(ref s_preload, started, null) is null)
        {
            started.Start();
            _ = Task.Run(() => EncoderWeights.Identity(weights));
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
