using System.Runtime.InteropServices;
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
    private const int HashBytes = 32;

    /// <summary>The file's bytes for the tables of the model saved as <paramref name="modelZip"/>, whose score slots are <paramref name="labels"/>.</summary>
    public static byte[] Write(NgramTables tables, IReadOnlyList<string> labels, byte[] modelZip)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(SHA256.HashData(modelZip));
            writer.Write(labels.Count);
            foreach (var label in labels)
            {
                writer.Write(label);
            }
            WriteColumn(writer, tables.Title);
            writer.Write(tables.Summary is not null);
            if (tables.Summary is { } summary)
            {
                WriteColumn(writer, summary);
            }
            WriteFloats(writer, tables.Biases);
            WriteFloats(writer, tables.Weights);
        }
        stream.Write(SHA256.HashData(stream.GetBuffer().AsSpan(0, (int)stream.Length)));
        return stream.ToArray();
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
        var body = bytes.AsSpan(0, bytes.Length - HashBytes);
        if (!SHA256.HashData(body).AsSpan().SequenceEqual(bytes.AsSpan(body.Length)))
        {
            throw Bad(path, "its checksum does not match (a damaged file)");
        }
        if (!IsFor(bytes, modelZipSha256))
        {
            throw Bad(path, $"made for another {ModelBundleStore.ModelFile}");
        }
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, Magic.Length + HashBytes, body.Length - Magic.Length - HashBytes, writable: false), Encoding.UTF8);
            var saved = Enumerable.Range(0, Count(reader, 1 << 10)).Select(_ => reader.ReadString()).ToList();
            if (!saved.SequenceEqual(labels))
            {
                throw Bad(path, $"scores [{string.Join(", ", saved)}], the bundle's metadata lists [{string.Join(", ", labels)}]");
            }
            var title = ReadColumn(reader);
            var summary = reader.ReadBoolean() ? ReadColumn(reader) : null;
            var biases = ReadFloats(reader, labels.Count);
            var weights = ReadFloats(reader, checked((title.Width + (summary?.Width ?? 0)) * labels.Count));
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

    private static void WriteColumn(BinaryWriter writer, NgramColumnTables column)
    {
        WritePool(writer, column.Words);
        WritePool(writer, column.Chars);
        foreach (var term in column.WordTerms)
        {
            writer.Write(term is not null);
            if (term is not null)
            {
                writer.Write(term);
            }
        }
    }

    private static NgramColumnTables ReadColumn(BinaryReader reader)
    {
        var words = ReadPool(reader);
        var chars = ReadPool(reader);
        var terms = new string?[words.Sequences.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            terms[i] = reader.ReadBoolean() ? reader.ReadString() : null;
        }
        return new NgramColumnTables(words, chars, terms);
    }

    private static void WritePool(BinaryWriter writer, NgramPool pool)
    {
        writer.Write(pool.NgramLength);
        writer.Write(pool.Sequences.Length);
        foreach (var sequence in pool.Sequences)
        {
            writer.Write((byte)sequence.Length);
            foreach (var key in sequence)
            {
                writer.Write(key);
            }
        }
        writer.Write(pool.InverseDocumentFrequencies.Length);
        foreach (var idf in pool.InverseDocumentFrequencies)
        {
            writer.Write(idf);
        }
    }

    private static NgramPool ReadPool(BinaryReader reader)
    {
        var length = reader.ReadInt32();
        if (length is < 1 or > 8)
        {
            throw new InvalidDataException($"n-gram length {length}");
        }
        var sequences = new uint[Count(reader, 1 << 24)][];
        for (var i = 0; i < sequences.Length; i++)
        {
            var keys = reader.ReadByte();
            if (keys < 1 || keys > length)
            {
                throw new InvalidDataException($"an n-gram of {keys} keys in a pool of length {length}");
            }
            sequences[i] = new uint[keys];
            for (var k = 0; k < keys; k++)
            {
                sequences[i][k] = reader.ReadUInt32();
            }
        }
        var idf = new double[Count(reader, 1 << 24)];
        if (idf.Length < sequences.Length)
        {
            throw new InvalidDataException($"{idf.Length} IDF values for {sequences.Length} n-grams");
        }
        for (var i = 0; i < idf.Length; i++)
        {
            idf[i] = reader.ReadDouble();
            if (!double.IsFinite(idf[i]))
            {
                throw new InvalidDataException("an IDF value that is not a finite number");
            }
        }
        return new NgramPool(length, sequences, idf);
    }

    private static void WriteFloats(BinaryWriter writer, float[] values)
    {
        writer.Write(values.Length);
        writer.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    // A count that must be the one the rest of the file implies, then as many little-endian floats.
    private static float[] ReadFloats(BinaryReader reader, int expected)
    {
        var count = reader.ReadInt32();
        if (count != expected)
        {
            throw new InvalidDataException($"{count} values where {expected} belong");
        }
        var values = new float[count];
        var bytes = MemoryMarshal.AsBytes(values.AsSpan());
        if (reader.Read(bytes) != bytes.Length)
        {
            throw new EndOfStreamException("the file ends inside its weights");
        }
        return values;
    }

    // A count read from the file, bounded before anything is allocated for it.
    private static int Count(BinaryReader reader, int max)
    {
        var count = reader.ReadInt32();
        return count >= 0 && count <= max ? count : throw new InvalidDataException($"a count of {count}");
    }
}
