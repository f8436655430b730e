namespace Classifier.Core.Learning.Features.Embeddings;

/// <summary>Which encoder made a set of embeddings: its package, version, a hash of its ONNX model, the vector size, and its weights.</summary>
/// <param name="Weights">"fp32" (the package's model) or "int8" (its dynamic quantisation, <see cref="EncoderWeights"/>); bundles from
/// before the choice have no such field and read as fp32.</param>
public sealed record EncoderIdentity(string Package, string Version, string ModelSha256, int Dimension, string Weights = EncoderWeights.Fp32)
{
    /// <summary>A short form for file names and messages.</summary>
    public string ShortHash => ModelSha256[..12];

    public override string ToString() =>
        $"{Package} {Version}{(Weights == EncoderWeights.Fp32 ? "" : $" {Weights}")} (model sha256 {ShortHash}, {Dimension} dimensions)";
}
