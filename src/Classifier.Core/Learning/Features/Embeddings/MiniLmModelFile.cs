namespace Classifier.Core.Learning.Features.Embeddings;

/// <summary>
/// The package's ONNX model, copied once into the cache folder so that ONNX Runtime and the hash read it from a file.
/// </summary>
/// <remarks>
/// The model is an embedded resource: reading it maps 90 MB of the assembly into the process (resident for its life)
/// and handing it to ONNX Runtime needs a 90 MB array besides. Read from a file, neither stays resident: a one-paper
/// <c>tag</c> peaked at 410 MB the first way and about 290 MB this way (docs/benchmarks.md). The file's name carries the
/// package version and the model's length; what it holds is checked where it matters, by the hash the bundle records.
/// </remarks>
internal static class MiniLmModelFile
{
    private static readonly Lazy<string?> LazyPath = new(() => Extract(EmbeddingCache.DefaultFolder()));

    /// <summary>The model file in the default cache folder, written on first use; null when that folder cannot be written.</summary>
    public static string? Path => LazyPath.Value;

    /// <summary>The model file in <paramref name="folder"/>, copied from the package unless a file of its length is there; null on an I/O failure.</summary>
    internal static string? Extract(string folder)
    {
        using var resource = MiniLmModel.OpenModel();
        var path = System.IO.Path.Combine(folder, "models", $"all-MiniLM-L6-v2-{MiniLmModel.PackageVersion}-{resource.Length}.onnx");
        if (File.Exists(path) && new FileInfo(path).Length == resource.Length)
        {
            return path;
        }
        return WriteOnce(path, resource.CopyTo);
    }

    /// <summary>Writes a model file of the cache folder through a temporary file and a rename; the path, or null on an I/O failure.</summary>
    internal static string? WriteOnce(string path, Action<Stream> write)
    {
        var temporary = $"{path}.tmp-{Guid.NewGuid():N}";
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                write(file);
            }
            // Another process may have written the same bytes meanwhile; either copy is the whole model.
            File.Move(temporary, path, overwrite: true);
            return path;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
            return null;
        }
    }
}
