using System.Security.Cryptography;
using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Learning.Features.Embeddings.Quantisation;
using Onnx;

namespace Classifier.Core.Tests.Learning.Features.Embeddings.Quantisation;

public sealed class MatMulQuantiserTests : IDisposable
{
    private static readonly Int8Options Scheme = Int8Options.Parse("s8-column");

    private static readonly string[] Texts =
    [
        "Open-vocabulary panoptic segmentation with text-to-image diffusion models",
        "Neural Kernel Surface Reconstruction. Reconstructs a 3D surface from a large, noisy point cloud.",
        "Brain tumour segmentation from MRI",
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("minilm-int8-").FullName;

    [Fact]
    public void Quantise_ReplacesEveryWeightMatMulAndLeavesTheRestInFloat()
    {
        var original = ModelProto.Parser.ParseFrom(MiniLmModel.ReadBytes());
        var model = original.Clone();

        var count = MatMulQuantiser.Quantise(model, Scheme);

        var ops = model.Graph.Node.GroupBy(n => n.OpType).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(36, count);
        Assert.Equal(36, ops["DynamicQuantizeMatMul"]);
        Assert.Equal(12, ops["MatMul"]);
        Assert.Equal(original.Graph.Node.Count(n => n.OpType == "Gather"), ops["Gather"]);
        Assert.Equal(original.Graph.Node.Count(n => n.OpType == "Softmax"), ops["Softmax"]);
        Assert.Equal(original.Graph.Node.Count(n => n.OpType == "Add") - 36, ops["Add"]);
        Assert.Contains(model.OpsetImport, o => o.Domain == MatMulQuantiser.ContribDomain);
        Assert.All(model.Graph.Node.Where(n => n.OpType == "DynamicQuantizeMatMul"), n => Assert.Equal(5, n.Input.Count));
        Assert.DoesNotContain(model.Graph.Initializer, t => t.DataType == (int)TensorProto.Types.DataType.Float && t.Dims.Count == 2 && t.Dims[0] == 384 && t.Dims[1] == 1536);
    }

    [Fact]
    public void Extract_TwiceIntoFreshFolders_WritesTheSameBytes()
    {
        var first = MiniLmInt8ModelFile.Extract(Path.Combine(_folder, "a"), Scheme);
        var second = MiniLmInt8ModelFile.Extract(Path.Combine(_folder, "b"), Scheme);

        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.NotEqual(first, second);
        Assert.Equal(Hash(first), Hash(second));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(first)!, "*.tmp-*"));
        Assert.True(File.Exists(MiniLmModelFile.Extract(Path.Combine(_folder, "a"))), "the fp32 copy sits beside it");
    }

    [Fact]
    public void Extract_NamesTheSchemeSoThatSchemesNeverShareAFile()
    {
        var perColumn = MiniLmInt8ModelFile.Extract(_folder, Scheme)!;
        var perMatrix = MiniLmInt8ModelFile.Extract(_folder, Int8Options.Default)!;

        Assert.NotEqual(perColumn, perMatrix);
        Assert.NotEqual(Hash(perColumn), Hash(perMatrix));
        Assert.Contains("int8-s8-column", Path.GetFileName(perColumn), StringComparison.Ordinal);
    }

    [Fact]
    public void Encode_WithTheInt8Model_StaysCloseToFp32AndUnitLength()
    {
        var path = MiniLmInt8ModelFile.Extract(_folder, Scheme)!;
        using var fp32 = new MiniLmEncoder();
        using var int8 = new MiniLmEncoder(modelPath: path);

        var reference = fp32.Encode(Texts);
        var quantised = int8.Encode(Texts);

        for (var i = 0; i < Texts.Length; i++)
        {
            var cosine = reference[i].Zip(quantised[i], (a, b) => (double)a * b).Sum();
            Assert.InRange(cosine, 0.97, 0.99999);
            Assert.Equal(1.0, Math.Sqrt(quantised[i].Sum(x => (double)x * x)), 4);
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Hash(string path)
    {
        using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(file));
    }
}
