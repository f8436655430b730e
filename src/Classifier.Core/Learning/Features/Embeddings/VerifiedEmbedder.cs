using Classifier.Core.Learning.Bundles;
using Classifier.Core.Papers;

namespace Classifier.Core.Learning.Features.Embeddings;

/// <summary>
/// An embedder that checks, before its first use, that the encoder here is the one a bundle was trained with: another
/// model would give vectors the bundle's weights do not fit. The check hashes the 90 MB model, so it waits until needed.
/// </summary>
internal sealed class VerifiedEmbedder(IPaperEmbedder inner, EncoderIdentity expected, string bundlePath) : IPaperEmbedder
{
    private bool _verified;

    public EncoderIdentity Identity => inner.Identity;

    public float[][] Embed(IReadOnlyList<Paper> papers)
    {
        if (!_verified)
        {
            var actual = inner.Identity;
            if (actual != expected)
            {
                throw new ModelBundleException($"{bundlePath}: trained with encoder {expected}, but this tool has {actual}; retrain the model");
            }
            _verified = true;
        }
        return inner.Embed(papers);
    }

    public void ReleaseEncoder() => inner.ReleaseEncoder();
}
