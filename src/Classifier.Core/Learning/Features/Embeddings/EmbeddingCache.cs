using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Classifier.Core.Files;

namespace Classifier.Core.Learning.Features.Embeddings;

/// <summary>
/// Embeddings already computed, keyed by the SHA-256 of the text, in one append-only file per encoder (its model hash is
/// in the file name), so adding a month and retraining encodes only the new papers.
/// </summary>
/// <remarks>
/// Format 2: a record is the 32-byte key, the vector, then the first 8 bytes of the SHA-256 of both. A record whose check
/// fails or whose vector is not finite is skipped (its paper is encoded again) and reported once in <see cref="Problem"/>;
/// a torn last record (a killed run) is ignored, then cut off by the next append. A file that is not a regular file or is
/// over <see cref="MaxBytes"/> is not used at all. Format 1 files (no check, another name) are never read.
/// </remarks>
internal sealed class EmbeddingCache
{
    /// <summary>The cache's size cap: about 680,000 records of 384 dimensions.</summary>
    public const long MaxBytes = 1L << 30;

    private const int KeySize = 32;
    private const int CheckSize = 8;
    private const int FormatVersion = 2;

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

    /// <summary>What was wrong with the file when it was read (damaged records skipped, or why it is not used), naming it; null when nothing was.</summary>
    public string? Problem { get; private set; }

    private bool _disabled;

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
        var cache = new EmbeddingCache(System.IO.Path.Combine(folder, $"embeddings-v{FormatVersion}-{encoder.ShortHash}-{encoder.Dimension}.bin"), encoder.Dimension);
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
                if (vector.Length == _dimension && IsFinite(vector) && _vectors.TryAdd(key, vector))
                {
                    fresh.Add((key, vector));
                }
            }
            if (fresh.Count > 0 && !_disabled)
            {
                Append(fresh);
            }
        }
    }

    private int RecordSize => KeySize + _dimension * sizeof(float) + CheckSize;

    private void Load()
    {
        if (!File.Exists(_path))
        {
            return;
        }
        if (FileKind.Special(_path) is { } kind)
        {
            Disable($"{_path}: the embedding cache is {kind}, not a regular file; it is not used");
            return;
        }
        using var file = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1 << 16);
        if (file.Length > MaxBytes)
        {
            Disable($"{_path}: the embedding cache is over its cap of {MaxBytes >> 20} MB; it is not used (delete it to start afresh)");
            return;
        }
        var record = new byte[RecordSize];
        long read = 0;
        var damaged = 0;
        while (file.ReadAtLeast(record, RecordSize, throwOnEndOfStream: false) == RecordSize)
        {
            // Bytes actually read, not the length asked of the file at the start: it may grow while it is read.
            read += RecordSize;
            if (read > MaxBytes)
            {
                Disable($"{_path}: the embedding cache is over its cap of {MaxBytes >> 20} MB; it is not used (delete it to start afresh)");
                _vectors.Clear();
                return;
            }
            if (!TryReadRecord(record, out var key, out var vector))
            {
                damaged++;
                continue;
            }
            _vectors.TryAdd(key, vector);
        }
        if (damaged > 0)
        {
            file.Dispose();
            Rewrite();
            Problem = $"{_path}: {damaged} damaged embedding cache record{(damaged == 1 ? "" : "s")} skipped; {(damaged == 1 ? "its paper is" : "their papers are")} encoded again";
        }
    }

    private bool TryReadRecord(byte[] record, out string key, out float[] vector)
    {
        var body = record.AsSpan(0, RecordSize - CheckSize);
        key = Convert.ToHexStringLower(record, 0, KeySize);
        vector = MemoryMarshal.Cast<byte, float>(record.AsSpan(KeySize, _dimension * sizeof(float))).ToArray();
        return SHA256.HashData(body).AsSpan(0, CheckSize).SequenceEqual(record.AsSpan(RecordSize - CheckSize)) && IsFinite(vector);
    }

    // Damaged records are dropped from the file at once, so the next run neither warns again nor reads them.
    private void Rewrite()
    {
        var temporary = $"{_path}.{Environment.ProcessId}.tmp";
        try
        {
            File.WriteAllBytes(temporary, Records([.. _vectors.Select(pair => (pair.Key, pair.Value))]));
            File.Move(temporary, _path, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
        }
    }

    private void Disable(string problem)
    {
        _disabled = true;
        Problem = problem;
    }

    private static bool IsFinite(float[] vector) => Array.TrueForAll(vector, float.IsFinite);

    private byte[] Records(List<(string Key, float[] Vector)> records)
    {
        var buffer = new byte[records.Count * RecordSize];
        for (var r = 0; r < records.Count; r++)
        {
            var offset = r * RecordSize;
            Convert.FromHexString(records[r].Key).CopyTo(buffer, offset);
            MemoryMarshal.AsBytes(records[r].Vector.AsSpan()).CopyTo(buffer.AsSpan(offset + KeySize));
            SHA256.HashData(buffer.AsSpan(offset, RecordSize - CheckSize)).AsSpan(0, CheckSize).CopyTo(buffer.AsSpan(offset + RecordSize - CheckSize));
        }
        return buffer;
    }

    private void Append(List<(string Key, float[] Vector)> records)
    {
        var buffer = Records(records);
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
