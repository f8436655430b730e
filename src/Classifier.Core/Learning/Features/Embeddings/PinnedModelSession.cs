using Microsoft.ML.OnnxRuntime;

namespace Classifier.Core.Learning.Features.Embeddings;

/// <summary>A session that reads its weights straight from the model bytes it was built from, and keeps those bytes alive.</summary>
/// <remarks>
/// With <c>session.use_ort_model_bytes_for_initializers</c> ONNX Runtime keeps pointers into the buffer instead of
/// copying the weights, so the buffer must neither move nor be collected while the session lives: it is allocated on
/// the pinned object heap and referenced from here.
/// </remarks>
internal sealed class PinnedModelSession(byte[] pinnedModel, SessionOptions options) : InferenceSession(pinnedModel, options)
{
    // Never read: the reference alone keeps the buffer ONNX Runtime points into.
    private readonly byte[] _model = pinnedModel;
}
