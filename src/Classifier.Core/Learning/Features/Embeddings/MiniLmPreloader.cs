using Microsoft.ML.OnnxRuntime;

namespace Classifier.Core.Learning.Features.Embeddings;

/// <summary>
/// Builds the encoder's ONNX session and hashes its model on other threads while the caller loads a bundle, so that a
/// cold <c>tag</c> waits for the longest of the three rather than their sum.
/// </summary>
internal static class MiniLmPreloader
{
    private static Preload? s_preload;

    /// <summary>Starts building a session over these weights with the tuned settings (and hashing the fp32 model); a second call does nothing until the first session is taken.</summary>
    public static void Start(string weights = EncoderWeights.Fp32)
    {
        var path = EncoderWeights.ModelPath(weights);
        var started = new Preload(new Task<InferenceSession>(() => MiniLmEncoder.CreateSession(OnnxSessionSettings.Tuned, path)), path);
        if (Interlocked.CompareExchange(ref s_preload, started, null) is null)
        {
            started.Session.Start(TaskScheduler.Default);
            if (path is null)
            {
                _ = Task.Run(() => MiniLmModel.Identity);
            }
        }
    }

    /// <summary>The preloaded session when one was started with these settings over this model file (null: the package's), handed over once (the taker disposes it); otherwise null.</summary>
    public static InferenceSession? Take(OnnxSessionSettings settings, string? modelPath = null)
    {
        var preload = Volatile.Read(ref s_preload);
        return settings == OnnxSessionSettings.Tuned && preload is not null && preload.ModelPath == modelPath
            && Interlocked.CompareExchange(ref s_preload, null, preload) == preload
                ? preload.Session.GetAwaiter().GetResult()
                : null;
    }

    private sealed record Preload(Task<InferenceSession> Session, string? ModelPath);
}
