namespace Classifier.Core.Learning;

/// <summary>A trained model with its metadata and the out-of-fold probabilities of its training papers.</summary>
internal sealed record ModelBundle(TrainedModel Model, BundleMetadata Metadata, IReadOnlyList<OutOfFoldRecord> OutOfFold)
{
    public const int CurrentFormatVersion = 1;
}
