using System.IO.Compression;
using System.Text;

namespace Classifier.Core.Learning.Features.Ngrams;

/// <summary>
/// Reads the fitted n-gram extractors (NgramExtractingTransformer) of each FeaturizeText in a saved ML.NET model: ML.NET
/// keeps their n-grams and inverse document frequencies private, so they are read from the model's saved form.
/// </summary>
/// <remarks>
/// A Model.key file is a 256-byte header (model block at 0x10, its size at 0x18, the loader's name at 0x50) and the block:
/// the columns (a count, then two string ids each), the settings (n-gram length, skip length, weighting, one byte per
/// length), the SequencePool (a count, count + 1 start offsets, then LEB128 key sequences) and the IDF array (a count, then
/// doubles). Anything else is refused, and the caller scores through ML.NET instead.
/// </remarks>
internal static class NgramPoolReader
{
    private const string Signature = "NgramTransform";
    private const int TfIdf = 2;

    /// <summary>The word and the character extractor of each FeaturizeText, in pipeline order (title, then summary); null when the model is not shaped so.</summary>
    public static IReadOnlyList<(NgramPool Words, NgramPool Chars)>? Read(byte[] modelZip)
    {
        using var zip = new ZipArchive(new MemoryStream(modelZip, writable: false), ZipArchiveMode.Read);
        // Each FeaturizeText saves its own chain under ".../Chain/"; inside it the word bag comes before the character bag.
        var byChain = zip.Entries
            .Where(e => e.FullName.EndsWith("/Model.key", StringComparison.Ordinal) && e.FullName.Contains("/Chain/", StringComparison.Ordinal))
            .Select(e => (Entry: e, Bytes: ReadAll(e)))
            .Where(e => LoaderName(e.Bytes) == Signature)
            .GroupBy(e => e.Entry.FullName[..(e.Entry.FullName.IndexOf("/Chain/", StringComparison.Ordinal) + 7)], StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        var result = new List<(NgramPool, NgramPool)>();
        foreach (var chain in byChain)
        {
            var pools = chain.OrderBy(e => e.Entry.FullName, StringComparer.Ordinal).Select(e => Parse(e.Bytes)).ToList();
            if (pools.Count != 2 || pools[0] is null || pools[1] is null)
            {
                return null;
            }
            result.Add((pools[0]!, pools[1]!));
        }
        return result;
    }

    private static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string LoaderName(byte[] file) =>
        file.Length < 0x100 ? "" : Encoding.ASCII.GetString(file, 0x50, 24).TrimEnd('\0');

    private static NgramPool? Parse(byte[] file)
    {
        var start = BitConverter.ToInt64(file, 0x10);
        var size = BitConverter.ToInt64(file, 0x18);
        if (start < 0x100 || size <= 0 || start + size > file.Length)
        {
            return null;
        }
        using var reader = new BinaryReader(new MemoryStream(file, (int)start, (int)size, writable: false));
        if (reader.ReadInt32() != 1)
        {
            return null;
        }
        reader.ReadInt32();
        reader.ReadInt32();
        var length = reader.ReadInt32();
        var skip = reader.ReadInt32();
        var weighting = reader.ReadInt32();
        if (length is < 1 or > 8 || skip != 0 || weighting != TfIdf)
        {
            return null;
        }
        reader.ReadBytes(length);
        var count = reader.ReadInt32();
        var starts = new int[count + 1];
        for (var i = 0; i <= count; i++)
        {
            starts[i] = reader.ReadInt32();
        }
        var bytes = reader.ReadBytes(starts[count]);
        var sequences = new uint[count][];
        for (var id = 0; id < count; id++)
        {
            sequences[id] = Leb128(bytes, starts[id], starts[id + 1]);
        }
        var idfCount = reader.ReadInt32();
        if (idfCount < count)
        {
            return null;
        }
        var idf = new double[idfCount];
        for (var i = 0; i < idfCount; i++)
        {
            idf[i] = reader.ReadDouble();
        }
        return reader.BaseStream.Position == size && sequences.All(s => s.Length >= 1 && s.Length <= length) ? new NgramPool(length, sequences, idf) : null;
    }

    private static uint[] Leb128(byte[] bytes, int from, int to)
    {
        var count = 0;
        for (var i = from; i < to; i++)
        {
            count += bytes[i] >> 7 ^ 1;
        }
        var values = new uint[count];
        uint value = 0;
        var shift = 0;
        var next = 0;
        for (var i = from; i < to; i++)
        {
            value |= (uint)(bytes[i] & 0x7F) << shift;
            shift += 7;
            if ((bytes[i] & 0x80) == 0)
            {
                values[next++] = value;
                value = 0;
                shift = 0;
            }
        }
        return values;
    }
}
