namespace Classifier.Core.Learning.Features.Embeddings.Quantisation;

/// <summary>
/// The package's model quantised to int8 (<see cref="MatMulQuantiser"/>), written once into the cache folder beside the
/// fp32 copy that <see cref="MiniLmModelFile"/> keeps, and read from there after.
/// </summary>
/// <remarks>
/// The name carries the package version, the fp32 model's length, the scheme and the quantiser's version; the same
/// inputs always give the same bytes, so a file another process wrote meanwhile is the same file.
/// </remarks>
internal static class MiniLmInt8ModelFile
{
    /// <summary>The int8 model in <paramref name="folder"/>, quantised from the package's model unless it is there; null on an I/O failure.</summary>
    public static string? Extract(string folder, Int8Options options)
    {
        var source = MiniLmModelFile.Extract(folder);
        var bytes = source is not null && File.Exists(source) ? null : MiniLmModel.ReadBytes();
        var length = bytes?.Length ?? new FileInfo(source!).Length;
        var path = Path.Combine(folder, "models", $"all-MiniLM-L6-v2-{MiniLmModel.PackageVersion}-{length}-int8-{options.Name}-q{MatMulQuantiser.Version}.onnx");
        if (File.Exists(path))
        {
            return path;
        }
        var quantised = MatMulQuantiser.Quantise(bytes ?? File.ReadAllBytes(source!), options);
        return MiniLmModelFile.WriteOnce(path, file => file.Write(quantised));
    }
}
