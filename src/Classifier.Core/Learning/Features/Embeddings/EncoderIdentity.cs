namespace Classifier.Core.Learning.Features.Embeddings;

/// <summary>Which encoder made a set of embeddings: its package, version, a hash of its ONNX model, and the vector size.</summary>
public sealed record EncoderIdentity(string Package, string Version, string ModelSha256, int Dimension)
{
    /// <summary>A short form for file names and messages.</summary>
    public string ShortHash => ModelSha256[..12];

    public override string ToString() => $"{Package} {Version} (model sha256 {ShortHash}, {Dimension} dimensions)";
}
