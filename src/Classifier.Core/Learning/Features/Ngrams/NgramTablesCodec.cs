using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Classifier.Core.Learning.Features.Ngrams;

/// <summary>The binary pieces the tables files share (little-endian): an n-gram column, a float array, a bounded count, the labels, the closing checksum.</summary>
/// <remarks>Every read checks what it allocates for; a fault is an <see cref="InvalidDataException"/> or an <see cref="EndOfStreamException"/>.</remarks>
internal static class NgramTablesCodec
{
    /// <summary>A model's whole tables: the columns, the embedding's scaling (after a flag byte), the biases and the weights.</summary>
    public static void WriteTables(BinaryWriter writer, NgramTables tables)
    {
        WriteColumn(writer, tables.Title);
        writer.Write(tables.Summary is not null);
        if (tables.Summary is { } summary)
        {
            WriteColumn(writer, summary);
        }
        writer.Write(tables.Embedding is not null);
        if (tables.Embedding is { } embedding)
        {
            WriteFloats(writer, embedding.Scale);
            writer.Write(embedding.Offset is not null);
            if (embedding.Offset is { } offset)
            {
                WriteFloats(writer, offset);
            }
        }
        WriteFloats(writer, tables.Biases);
        WriteFloats(writer, tables.Weights);
    }

    /// <summary>Tables written by <see cref="WriteTables"/> for a model of <paramref name="classes"/> score slots that reads an embedding of <paramref name="embeddingWidth"/> dimensions (null: none).</summary>
    public static NgramTables ReadTables(BinaryReader reader, int classes, int? embeddingWidth)
    {
        var title = ReadColumn(reader);
        var summary = reader.ReadBoolean() ? ReadColumn(reader) : null;
        if (reader.ReadBoolean() != embeddingWidth is not null)
        {
            throw new InvalidDataException(embeddingWidth is null ? "an embedding's scaling for a model that reads none" : "no embedding's scaling for a model that reads one");
        }
        EmbeddingScaling? embedding = null;
        if (embeddingWidth is { } width)
        {
            var scale = ReadFloats(reader, width);
            embedding = new EmbeddingScaling(scale, reader.ReadBoolean() ? ReadFloats(reader, width) : null);
        }
        var biases = ReadFloats(reader, classes);
        var weights = ReadFloats(reader, checked((title.Width + (summary?.Width ?? 0) + (embedding?.Width ?? 0)) * classes));
        var tables = new NgramTables(title, summary, weights, biases) { Embedding = embedding };
        if (!AllFinite(weights) || !AllFinite(biases) || (embedding is not null && (!AllFinite(embedding.Scale) || (embedding.Offset is { } offset && !AllFinite(offset)))))
        {
            throw new InvalidDataException("a weight or scale that is not a finite number");
        }
        return tables;
    }

    private static bool AllFinite(float[] values) => Array.TrueForAll(values, float.IsFinite);

    public static void WriteColumn(BinaryWriter writer, NgramColumnTables column)
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

    public static NgramColumnTables ReadColumn(BinaryReader reader)
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

    public static void WriteFloats(BinaryWriter writer, float[] values)
    {
        writer.Write(values.Length);
        writer.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    // A count that must be the one the rest of the file implies, then as many little-endian floats.
    public static float[] ReadFloats(BinaryReader reader, int expected)
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

    /// <summary>The bytes of a SHA-256, the hashes the tables files hold and end with.</summary>
    public const int HashBytes = 32;

    public static void WriteLabels(BinaryWriter writer, IReadOnlyList<string> labels)
    {
        writer.Write(labels.Count);
        foreach (var label in labels)
        {
            writer.Write(label);
        }
    }

    public static List<string> ReadLabels(BinaryReader reader) => [.. Enumerable.Range(0, Count(reader, 1 << 10)).Select(_ => reader.ReadString())];

    /// <summary>The stream's bytes followed by their SHA-256, as a tables file ends.</summary>
    public static byte[] Sealed(MemoryStream stream)
    {
        stream.Write(SHA256.HashData(stream.GetBuffer().AsSpan(0, (int)stream.Length)));
        return stream.ToArray();
    }

    /// <summary>Whether the bytes end with the SHA-256 of every byte before it (a file not damaged since <see cref="Sealed"/>).</summary>
    public static bool IsSealed(byte[] bytes) =>
        bytes.Length >= HashBytes
        && SHA256.HashData(bytes.AsSpan(0, bytes.Length - HashBytes)).AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - HashBytes));

    // A count read from the file, bounded before anything is allocated for it.
    public static int Count(BinaryReader reader, int max)
    {
        var count = reader.ReadInt32();
        return count >= 0 && count <= max ? count : throw new InvalidDataException($"a count of {count}");
    }
}
