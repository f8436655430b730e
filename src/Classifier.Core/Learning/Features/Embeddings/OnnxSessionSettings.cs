using Microsoft.ML.OnnxRuntime;

namespace Classifier.Core.Learning.Features.Embeddings;

/// <summary>How the encoder's ONNX Runtime session is built: threads, spinning, graph optimisation and memory reuse.</summary>
/// <remarks>
/// None of these change the numbers the session computes beyond float rounding (MiniLmEncoderTests compares
/// <see cref="Tuned"/> with <see cref="Plain"/>); the bench's <c>--speed-report</c> measures each one.
/// </remarks>
internal sealed record OnnxSessionSettings
{
    /// <summary>ONNX Runtime's defaults with full graph optimisation: what the encoder used before it was tuned.</summary>
    public static OnnxSessionSettings Plain { get; } = new();

    /// <summary>What the encoder uses; each choice is measured in docs/benchmarks.md.</summary>
    /// <remarks>
    /// Without memory patterns: batches come in many shapes and each kept its own plan; tagging 1,000 papers with
    /// summaries peaked at 404 MB with them, 365 MB without, at the same CPU.
    /// </remarks>
    public static OnnxSessionSettings Tuned { get; } = new() { AllowSpinning = false, MemoryPattern = false, FromSavedOrtFormat = true };

    /// <summary>Builds the session from the model saved once in ONNX Runtime's own format, graph already optimised (<see cref="OrtFormatModel"/>).</summary>
    public bool FromSavedOrtFormat { get; init; }

    /// <summary>Whether idle intra-op threads spin-wait for work; on a shared machine spinning burns CPU that others need.</summary>
    public bool AllowSpinning { get; init; } = true;

    /// <summary>Intra-op threads; 0 lets ONNX Runtime take one per physical core.</summary>
    public int IntraOpThreads { get; init; }

    public GraphOptimizationLevel Optimization { get; init; } = GraphOptimizationLevel.ORT_ENABLE_ALL;

    /// <summary>ONNX Runtime's CPU arena keeps freed blocks for reuse instead of returning them to the allocator.</summary>
    public bool CpuArena { get; init; } = true;

    /// <summary>Plans each run's buffers from the previous run's shapes; batches vary in length, so the plan is often stale.</summary>
    public bool MemoryPattern { get; init; } = true;

    /// <summary>Pre-packs constant weights for the matrix kernels at load (a second copy of them, for speed).</summary>
    public bool Prepacking { get; init; } = true;

    /// <summary>The session options these settings describe; the caller disposes them.</summary>
    public SessionOptions CreateOptions()
    {
        // Every session here starts from these options, so ONNX Runtime's environment is not created before this.
        OnnxTelemetry.DisableUnlessChosen();
        var options = new SessionOptions
        {
            GraphOptimizationLevel = Optimization,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            IntraOpNumThreads = IntraOpThreads,
            EnableCpuMemArena = CpuArena,
            EnableMemoryPattern = MemoryPattern,
        };
        if (!AllowSpinning)
        {
            options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        }
        if (!Prepacking)
        {
            options.AddSessionConfigEntry("session.disable_prepacking", "1");
        }
        return options;
    }
}
