using Microsoft.ML.OnnxRuntime;

namespace Classifier.Core.Learning.Features.Embeddings;

/// <summary>
/// Builds the encoder's ONNX session and hashes its model on other threads while the caller loads a bundle, so that a
/// cold <c>tag</c> waits for the longest of the three rather than their sum.
/// </summary>
internal static class MiniLmPreloader
{
    private static Task<BuiltSession>? s_preload;

    /// <summary>Starts finding these weights' model file and building a session over it with the tuned settings, and hashing it; a second call does nothing until the first session is taken.</summary>
    /// <remarks>The file is found on the session's thread too: the first int8 run quantises it there, beside the bundle's load.</remarks>
    public static void Start(string weights = EncoderWeights.Fp32)
    {
        var started = new Task<BuiltSession>(() =>
        {
            var path = EncoderWeights.ModelPath(weights);
            return new BuiltSession(MiniLmEncoder.CreateSession(OnnxSessionSettings.Tuned, path), path);
        });
        if (Interlocked.CompareExchange(ref s_preload, started, null) is null)
        {
            started.Start(TaskScheduler.Default);
            _ = Task.Run(() => EncoderWeights.Identity(weights));
        }
    }

    /// <summary>The preloaded session when one was started with these settings over this model file (null: the package's), handed over once (the taker disposes it); otherwise null.</summary>
    public static InferenceSession? Take(OnnxSessionSettings settings, string? modelPath = null)
    {
        var preload = Volatile.Read(ref s_preload);
        if (settings != OnnxSessionSettings.Tuned || preload is null)
        {
            return null;
        }
        // A preload that failed (the int8 file could not be written, say) leaves the caller to meet the fault itself.
        ((IAsyncResult)preload).AsyncWaitHandle.WaitOne();
        return preload.IsCompletedSuccessfully && preload.Result.ModelPath == modelPath
            && Interlocked.CompareExchange(ref s_preload, null, preload) == preload
                ? preload.Result.Session
                : null;
    }

    private sealed record BuiltSession(InferenceSession Session, string? ModelPath);
}
