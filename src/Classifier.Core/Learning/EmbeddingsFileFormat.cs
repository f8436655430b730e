using System.Runtime.InteropServices;

namespace Classifier.Core.Learning;

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

    /// <summary>Reads exactly <paramref name="rows"/> vectors of <paramref name="dimension"/> floats; any other size is a broken bundle.</summary>
    public static IReadOnlyList<float[]> Read(string path, int rows, int dimension)
    {
        var bytes = File.ReadAllBytes(path);
        var rowBytes = dimension * sizeof(float);
        if (dimension <= 0 || bytes.Length != (long)rows * rowBytes)
        {
            throw new ModelBundleException($"{path}: {bytes.Length} bytes, expected {rows} rows of {dimension} floats; not a complete model bundle");
        }
        return [.. Enumerable.Range(0, rows).Select(r => MemoryMarshal.Cast<byte, float>(bytes.AsSpan(r * rowBytes, rowBytes)).ToArray())];
    }
}
