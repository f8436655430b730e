using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace Classifier.Core.Learning.Features.Embeddings;

/// <summary>
/// Embeddings already computed, keyed by the SHA-256 of the text, in one append-only file per encoder (its model hash is
/// in the file name), so adding a month and retraining encodes only the new papers.
/// </summary>
/// <remarks>A record is the 32-byte key then the vector; a torn last record (a killed run) is ignored, then cut off by the next append.</remarks>
internal sealed class EmbeddingCache
{
    private const int KeySize = 32;

    private readonly string _path;
    private readonly int _dimension;
    private readonly Dictionary<string, float[]> _vectors = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    private EmbeddingCache(string path, int dimension)
    {
        _path = path;
        _dimension = dimension;
    }

    public string Path => _path;

    public int Count => _vectors.Count;

    /// <summary>The cache folder: $CVCLASSIFY_CACHE, else $XDG_CACHE_HOME/cvclassify, else ~/.cache/cvclassify.</summary>
    public static string DefaultFolder()
    {
        var own = Environment.GetEnvironmentVariable("CVCLASSIFY_CACHE");
        if (!string.IsNullOrEmpty(own))
        {
            return own;
        }
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var root = string.IsNullOrEmpty(xdg)
            ? System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache")
            : xdg;
        return System.IO.Path.Combine(root, "cvclassify");
    }

    /// <summary>Opens (or starts) the cache of this encoder in <paramref name="folder"/> and reads every whole record.</summary>
    public static EmbeddingCache Open(string folder, EncoderIdentity encoder)
    {
        var cache = new EmbeddingCache(System.IO.Path.Combine(folder, $"embeddings-{encoder.ShortHash}-{encoder.Dimension}.bin"), encoder.Dimension);
        cache.Load();
        return cache;
    }

    public float[]? TryGet(string text)
    {
        lock (_gate)
        {
            return _vectors.GetValueOrDefault(Key(text));
        }
    }

    /// <summary>Keeps the vectors in memory and appends the new ones to the file in one write.</summary>
    public void Add(IEnumerable<(string Text, float[] Vector)> entries)
    {
        lock (_gate)
        {
            var fresh = new List<(string Key, float[] Vector)>();
            foreach (var (text, vector) in entries)
            {
                var key = Key(text);
                if (vector.Length == _dimension && _vectors.TryAdd(key, vector))
                {
                    fresh.Add((key, vector));
                }
            }
            if (fresh.Count > 0)
            {
                Append(fresh);
            }
        }
    }

    private int RecordSize => KeySize + _dimension * sizeof(float);

    private void Load()
    {
        if (!File.Exists(_path))
        {
            return;
        }
        var bytes = File.ReadAllBytes(_path);
        for (var offset = 0; offset + RecordSize <= bytes.Length; offset += RecordSize)
        {
            var key = Convert.ToHexStringLower(bytes, offset, KeySize);
            var vector = MemoryMarshal.Cast<byte, float>(bytes.AsSpan(offset + KeySize, _dimension * sizeof(float))).ToArray();
            _vectors.TryAdd(key, vector);
        }
    }

    private void Append(List<(string Key, float[] Vector)> records)
    {
        var buffer = new byte[records.Count * RecordSize];
        for (var r = 0; r < records.Count; r++)
        {
            var offset = r * RecordSize;
            Convert.FromHexString(records[r].Key).CopyTo(buffer, offset);
            MemoryMarshal.AsBytes(records[r].Vector.AsSpan()).CopyTo(buffer.AsSpan(offset + KeySize));
        }
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(_path)!);
            using var file = new FileStream(_path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read);
            // A torn record left by a killed run would shift every later one, so new records start on a record boundary.
            var torn = (int)(file.Length % RecordSize);
            if (torn != 0)
            {
                file.SetLength(file.Length - torn);
            }
            file.Seek(0, SeekOrigin.End);
            file.Write(buffer);
            file.Flush(flushToDisk: true);
        }
        catch (IOException)
        {
            // The cache only saves time: a read-only or full disk must not stop training, which already has the vectors.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string Key(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
