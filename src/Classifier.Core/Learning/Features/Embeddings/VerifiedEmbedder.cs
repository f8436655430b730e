using Classifier.Core.Learning.Bundles;
using Classifier.Core.Papers;

namespace Classifier.Core.Learning.Features.Embeddings;

/// <summary>
/// An embedder that checks, before its first use, that the encoder here is the one a bundle was trained with: another
/// model would give vectors the bundle's weights do not fit. The check hashes the 90 MB model, so it waits until needed.
/// The recipe (how a paper's vector is made) is checked at once: it costs nothing.
/// </summary>
internal sealed class VerifiedEmbedder : IPaperEmbedder
{
    private readonly IPaperEmbedder _inner;
    private readonly EncoderIdentity _expected;
    private readonly string _bundlePath;
    private bool _verified;

    public VerifiedEmbedder(IPaperEmbedder inner, EncoderIdentity expected, string bundlePath, EmbeddingRecipe recipe = EmbeddingRecipe.JoinedText)
    {
        if (inner.Recipe != recipe)
        {
            throw new ModelBundleException($"{bundlePath}: trained on the {recipe.Describe()}, but the embedder gives the {inner.Recipe.Describe()}; retrain the model");
        }
        _inner = inner;
        _expected = expected;
        _bundlePath = bundlePath;
    }

    public EncoderIdentity Identity => _inner.Identity;

    public EmbeddingRecipe Recipe => _inner.Recipe;

    public float[][] Embed(IReadOnlyList<Paper> papers)
    {
        if (!_verified)
        {
            var actual = _inner.Identity;
            if (actual != _expected)
            {
                throw new ModelBundleException($"{_bundlePath}: trained with encoder {_expected}, but this tool has {actual}; retrain the model");
            }
            _verified = true;
        }
        return _inner.Embed(papers);
    }

    public void ReleaseEncoder() => _inner.ReleaseEncoder();
}
