using System.Security.Cryptography;
using System.Text;
using Classifier.Core.Learning.Bundles;

namespace Classifier.Core.Learning.Features.Ngrams;

/// <summary>
/// ngram-tables.bin: the direct scorer's tables, written at training beside model.zip so that <c>tag</c> can score without
/// loading ML.NET's model; read back only whole and checked, never as a partial or foreign table.
/// </summary>
/// <remarks>
/// Little-endian, in order: the magic "CVNGTAB1", the SHA-256 of the model.zip it was read from, the score slots' labels,
/// the title column and (after a flag byte) the summary column, the biases, the weights (feature-major, dense: LBFGS leaves few of
/// them zero), and last the SHA-256 of every byte before it. A column is its word pool, its character pool (each: n-gram
/// length, n-gram count, each n-gram's keys, the IDF array) and the word unigrams' terms.
/// </remarks>
internal static class NgramTablesFile
{
    public const string FileName = "ngram-tables.bin";

    private static ReadOnlySpan<byte> Magic => "CVNGTAB1"u8;
    private const int HashBytes = NgramTablesCodec.HashBytes;

    /// <summary>The file's bytes for the tables of the model saved as <paramref name="modelZip"/>, whose score slots are <paramref name="labels"/>.</summary>
    public static byte[] Write(NgramTables tables, IReadOnlyList<string> labels, byte[] modelZip)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(SHA256.HashData(modelZip));
            NgramTablesCodec.WriteLabels(writer, labels);
            NgramTablesCodec.WriteColumn(writer, tables.Title);
            writer.Write(tables.Summary is not null);
            if (tables.Summary is { } summary)
            {
                NgramTablesCodec.WriteColumn(writer, summary);
            }
            NgramTablesCodec.WriteFloats(writer, tables.Biases);
            NgramTablesCodec.WriteFloats(writer, tables.Weights);
        }
        return NgramTablesCodec.Sealed(stream);
    }

    /// <summary>Whether the file's bytes name the model.zip of SHA-256 <paramref name="modelZipSha256"/> as the model they were read from (nothing else is checked).</summary>
    /// <remarks>The hash, not the bytes, so that a load hashes model.zip once for this check and <see cref="Read"/>.</remarks>
    public static bool IsFor(byte[] bytes, byte[] modelZipSha256) =>
        bytes.Length >= Magic.Length + HashBytes && bytes.AsSpan(Magic.Length, HashBytes).SequenceEqual(modelZipSha256);

    /// <summary>The tables in the file's bytes, checked against the bundle's model.zip (by its SHA-256) and its score labels; any fault is a one-line <see cref="ModelBundleException"/>.</summary>
    public static NgramTables Read(string path, byte[] bytes, byte[] modelZipSha256, IReadOnlyList<string> labels)
    {
        if (bytes.Length < Magic.Length + 2 * HashBytes || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw Bad(path, "not an n-gram tables file");
        }
        if (!NgramTablesCodec.IsSealed(bytes))
        {
            throw Bad(path, "its checksum does not match (a damaged file)");
        }
        if (!IsFor(bytes, modelZipSha256))
        {
            throw Bad(path, $"made for another {ModelBundleStore.ModelFile}");
        }
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, Magic.Length + HashBytes, bytes.Length - Magic.Length - 2 * HashBytes, writable: false), Encoding.UTF8);
            var saved = NgramTablesCodec.ReadLabels(reader);
            if (!saved.SequenceEqual(labels))
            {
                throw Bad(path, $"scores [{string.Join(", ", saved)}], the bundle's metadata lists [{string.Join(", ", labels)}]");
            }
            var title = NgramTablesCodec.ReadColumn(reader);
            var summary = reader.ReadBoolean() ? NgramTablesCodec.ReadColumn(reader) : null;
            var biases = NgramTablesCodec.ReadFloats(reader, labels.Count);
            var weights = NgramTablesCodec.ReadFloats(reader, checked((title.Width + (summary?.Width ?? 0)) * labels.Count));
            if (reader.BaseStream.Position != reader.BaseStream.Length)
            {
                throw Bad(path, "bytes left over after the weights");
            }
            if (!Array.TrueForAll(weights, float.IsFinite) || !Array.TrueForAll(biases, float.IsFinite))
            {
                throw Bad(path, "a weight that is not a finite number");
            }
            return new NgramTables(title, summary, weights, biases);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or IOException or FormatException or ArgumentException or OverflowException)
        {
            throw Bad(path, e.Message.Split('\n')[0].Trim());
        }
    }

    private static ModelBundleException Bad(string path, string why) => new($"{path}: not valid n-gram tables: {why}; retrain the model");
}
