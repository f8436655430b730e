using Microsoft.ML.OnnxRuntime;

namespace Classifier.Core.Learning.Features.Embeddings;

/// <summary>
/// Builds the encoder's ONNX session and hashes its model on other threads while the caller loads a bundle, so that a
/// cold <c>tag</c> waits for the longest of the three rather than their sum.
/// </summary>
internal static class MiniLmPreloader
{
    private static Task<InferenceSession>? s_session;

    /// <summary>Starts building a session with the tuned settings and computing the model hash; a second call does nothing until the first session is taken.</summary>
    public static void Start()
    {
        var started = new Task<InferenceSession>(() => MiniLmEncoder.CreateSession(OnnxSessionSettings.Tuned));
        if (Interlocked.CompareExchange(ref s_session, started, null) is null)
        {
            started.Start(TaskScheduler.Default);
            _ = Task.Run(() => MiniLmModel.Identity);
        }
    }

    /// <summary>The preloaded session when one was started with these settings, handed over once (the taker disposes it); otherwise null.</summary>
    public static InferenceSession? Take(OnnxSessionSettings settings) =>
        settings == OnnxSessionSettings.Tuned && Interlocked.Exchange(ref s_session, null) is { } task
            ? task.GetAwaiter().GetResult()
            : null;
}
