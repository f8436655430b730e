using System.Runtime.InteropServices;

namespace Classifier.Core.Learning.Bundles;

/// <summary>embeddings.bin: the training papers' vectors, row after row of little-endian float32, in the order of oof.json.</summary>
internal static class EmbeddingsFileFormat
{
    public static void Write(string path, IReadOnlyList<float[]> rows)
    {
        using var file = File.Create(path);
        foreach (var row in rows)
        {
            file.Write(MemoryMarshal.AsBytes(row.AsSpan()));
        }
    }

    /// <summary>Reads exactly <paramref name="rows"/> finite vectors of <paramref name="dimension"/> floats from the file's bytes; anything else is a broken bundle.</summary>
    public static IReadOnlyList<float[]> Read(string path, byte[] bytes, int rows, int dimension)
    {
        var rowBytes = dimension * sizeof(float);
        if (dimension <= 0 || bytes.Length != (long)rows * rowBytes)
        {
            throw new ModelBundleException($"{path}: {bytes.Length} bytes, expected {rows} rows of {dimension} floats; not a complete model bundle");
        }
        var vectors = Enumerable.Range(0, rows).Select(r => MemoryMarshal.Cast<byte, float>(bytes.AsSpan(r * rowBytes, rowBytes)).ToArray()).ToList();
        var bad = vectors.FindIndex(v => !Array.TrueForAll(v, float.IsFinite));
        return bad < 0
            ? vectors
            : throw new ModelBundleException($"{path}: row {bad + 1} holds a value that is not a finite number; the bundle is damaged, retrain the model");
    }
}
