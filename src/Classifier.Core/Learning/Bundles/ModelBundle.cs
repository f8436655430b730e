namespace Classifier.Core.Learning.Bundles;

/// <summary>
/// A trained model with its metadata, the out-of-fold probabilities of its training papers and, for a model that reads
/// embeddings, those papers' embeddings (same order) for finding a paper's nearest labelled neighbours.
/// </summary>
internal sealed record ModelBundle(TrainedModel Model, BundleMetadata Metadata, IReadOnlyList<OutOfFoldRecord> OutOfFold, IReadOnlyList<float[]>? Embeddings = null)
{
    /// <summary>
    /// Version 2 added the encoder, embeddings.bin, the out-of-scope label and each record's month; version 3 the out-of-scope
    /// gate (the files of <see cref="Gate.GateBundleFiles.All"/>), the "also fits" margin and the per-shape figures. Versions 1 and 2 still load.
    /// </summary>
    public const int CurrentFormatVersion = 3;

    public const int OldestReadableFormatVersion = 1;
}
