using System.Security.Cryptography;
using System.Text;
using Classifier.Core.Learning.Features.Ngrams;
using Classifier.Core.Learning.Gate;

namespace Classifier.Core.Learning.Bundles;

/// <summary>
/// semantic-tables.bin: the direct scorers' tables of a model that reads embeddings or has a gate, written at training
/// beside model.zip and gate.zip so that <c>tag</c> can score without loading either through ML.NET; read back only whole
/// and checked, never as a partial or foreign table.
/// </summary>
/// <remarks>
/// Little-endian, in order: the magic "CVSMTAB1", the SHA-256 of model.zip and of gate.zip (zeros without a gate), the
/// bundle's labels, the category model's tables (see <see cref="NgramTablesCodec.WriteTables"/>), a flag byte and the
/// gate's learner tables with its Platt slope and offset, and last the SHA-256 of every byte before it.
/// </remarks>
internal static class SemanticTablesFile
{
    public const string FileName = "semantic-tables.bin";

    private static ReadOnlySpan<byte> Magic => "CVSMTAB1"u8;
    private const int HashBytes = NgramTablesCodec.HashBytes;

    /// <summary>The file's bytes for the tables of the model saved as <paramref name="modelZip"/> and the gate saved as <paramref name="gateZip"/>.</summary>
    public static byte[] Write(SemanticTables tables, IReadOnlyList<string> labels, byte[] modelZip, byte[]? gateZip)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(SHA256.HashData(modelZip));
            writer.Write(HashOf(gateZip));
            NgramTablesCodec.WriteLabels(writer, labels);
            NgramTablesCodec.WriteTables(writer, tables.Categories);
            writer.Write(tables.Gate is not null);
            if (tables.Gate is { } gate)
            {
                NgramTablesCodec.WriteTables(writer, gate.Learner);
                writer.Write(gate.Slope);
                writer.Write(gate.Offset);
            }
        }
        return NgramTablesCodec.Sealed(stream);
    }

    /// <summary>Whether the file's bytes name the model files of these SHA-256s (null: no gate) as the ones they were read from (nothing else is checked).</summary>
    /// <remarks>The hashes, not the bytes, so that a load hashes each zip once for this check and <see cref="Read"/>.</remarks>
    public static bool IsFor(byte[] bytes, byte[] modelZipSha256, byte[]? gateZipSha256) =>
        bytes.Length >= Magic.Length + 2 * HashBytes
        && bytes.AsSpan(Magic.Length, HashBytes).SequenceEqual(modelZipSha256)
        && bytes.AsSpan(Magic.Length + HashBytes, HashBytes).SequenceEqual(gateZipSha256 ?? new byte[HashBytes]);

    /// <summary>The tables in the file's bytes, checked against the bundle's model files (by their SHA-256s), labels and embedding widths; any fault is a one-line <see cref="ModelBundleException"/>.</summary>
    /// <param name="gateZipSha256">The SHA-256 of gate.zip; null for a model without a gate.</param>
    /// <param name="categoryEmbedding">The width of the embedding the category model reads; null when it reads none.</param>
    /// <param name="gateEmbedding">The width of the title embedding the gate reads; null for a model without a gate.</param>
    public static SemanticTables Read(string path, byte[] bytes, byte[] modelZipSha256, byte[]? gateZipSha256, IReadOnlyList<string> labels, int? categoryEmbedding, int? gateEmbedding)
    {
        if (bytes.Length < Magic.Length + 3 * HashBytes || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw Bad(path, "not a semantic tables file");
        }
        if (!NgramTablesCodec.IsSealed(bytes))
        {
            throw Bad(path, "its checksum does not match (a damaged file)");
        }
        if (!IsFor(bytes, modelZipSha256, gateZipSha256))
        {
            throw Bad(path, $"made for another {ModelBundleStore.ModelFile}{(gateZipSha256 is null ? "" : $" or {GateBundleFiles.ModelFile}")}");
        }
        try
        {
            var start = Magic.Length + 2 * HashBytes;
            using var reader = new BinaryReader(new MemoryStream(bytes, start, bytes.Length - HashBytes - start, writable: false), Encoding.UTF8);
            var saved = NgramTablesCodec.ReadLabels(reader);
            if (!saved.SequenceEqual(labels))
            {
                throw Bad(path, $"scores [{string.Join(", ", saved)}], the bundle's metadata lists [{string.Join(", ", labels)}]");
            }
            var categories = NgramTablesCodec.ReadTables(reader, labels.Count - (gateEmbedding is null ? 0 : 1), categoryEmbedding);
            if (reader.ReadBoolean() != gateEmbedding is not null)
            {
                throw Bad(path, gateEmbedding is null ? "a gate's tables in a bundle without a gate" : "no gate's tables in a gated bundle");
            }
            var gate = gateEmbedding is null ? null : ReadGate(reader, gateEmbedding.Value);
            if (reader.BaseStream.Position != reader.BaseStream.Length)
            {
                throw Bad(path, "bytes left over after the tables");
            }
            return new SemanticTables(categories, gate);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or IOException or FormatException or ArgumentException or OverflowException)
        {
            throw Bad(path, e.Message.Split('\n')[0].Trim());
        }
    }

    private static GateTables ReadGate(BinaryReader reader, int embedding)
    {
        var learner = NgramTablesCodec.ReadTables(reader, classes: 1, embedding);
        var gate = new GateTables(learner, reader.ReadDouble(), reader.ReadDouble());
        return double.IsFinite(gate.Slope) && double.IsFinite(gate.Offset) ? gate : throw new InvalidDataException("a calibrator that is not finite");
    }

    private static byte[] HashOf(byte[]? file) => file is null ? new byte[HashBytes] : SHA256.HashData(file);

    private static ModelBundleException Bad(string path, string why) => new($"{path}: not valid semantic tables: {why}; retrain the model");
}
