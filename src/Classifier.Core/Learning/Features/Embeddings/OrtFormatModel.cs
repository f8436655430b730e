using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.ML.OnnxRuntime;

namespace Classifier.Core.Learning.Features.Embeddings;

/// <summary>
/// An encoder model saved once in ONNX Runtime's own format, its graph already optimised, beside the .onnx file it was
/// made from in the cache folder; later sessions are built from it in about a third of the time.
/// </summary>
/// <remarks>
/// Building a session over the .onnx parses it, optimises the graph and copies every weight: 330-450 ms here, the
/// longest step of a cold <c>tag</c>. From the saved file, with its bytes used in place, it took 110-150 ms, and the
/// encoder's output was bit for bit the same, fp32 and int8 (docs/ortformat.md). The graph is saved at the extended
/// level, below the layout optimisations ONNX Runtime warns may be specific to one processor. A side file records the
/// SHA-256 of the saved file and of the .onnx it came from (the hash the bundle records), and a seal over both; the
/// saved file's hash is checked on every load, and a file or record that fails a check is made again. The record is
/// lines of hex, not JSON: a cold System.Text.Json deserialiser cost more than the rest of the check.
/// <para>
/// A saved file whose hash matches its record also vouches for its source (<see cref="VouchedSource"/>): the encoder's
/// identity is then the record's SHA-256, and the 91 MB .onnx is not hashed a second time on every run (about 0.13
/// CPU-s of a cold <c>tag</c>). What runs is the saved file, which its own hash shows to be the one made from that
/// source; a session built from the .onnx itself checks the .onnx's real hash first (<see cref="ConfirmSource"/>). So
/// that a damaged source line cannot become the identity, the record's third line seals the first two.
/// </para>
/// </remarks>
internal static class OrtFormatModel
{
    private const GraphOptimizationLevel SavedLevel = GraphOptimizationLevel.ORT_ENABLE_EXTENDED;

    // 2: the record sealed, since its source line became the identity. In the file's name, so that an older build
    // beside this one (the bench's baseline) keeps its own file instead of remaking the shared one on every run.
    private const int Revision = 2;

    // Per .onnx path, this process's check of its saved form: the source SHA-256 it vouched for, or null. A check in
    // flight is waited for; a path never opened this way is hashed by the caller.
    private static readonly ConcurrentDictionary<string, TaskCompletionSource<string?>> Checks = new(StringComparer.Ordinal);

    /// <summary>A session over <paramref name="onnxPath"/>'s saved form, made first when missing or damaged; null when it cannot be made or read (the caller builds from the .onnx).</summary>
    /// <param name="sourceSha256">The .onnx file's SHA-256, as the encoder's identity has it (once per process; vouched for by this very check when the saved form is whole).</param>
    public static InferenceSession? TryOpen(string onnxPath, OnnxSessionSettings settings, Func<string> sourceSha256)
    {
        var check = Checks.GetOrAdd(onnxPath, _ => new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously));
        try
        {
            var path = SavedPath(onnxPath);
            return TryLoad(path, settings, sourceSha256, check)
                ?? (Save(onnxPath, path, settings) ? TryLoad(path, settings, sourceSha256, check) : null);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or OnnxRuntimeException)
        {
            return null;
        }
        finally
        {
            // Whatever happened above, a caller waiting for the check goes on (and hashes the .onnx when nothing was vouched for).
            check.TrySetResult(null);
        }
    }

    /// <summary>The SHA-256 of <paramref name="onnxPath"/> as its saved form's record has it, once this process has found that form whole; null when it has not (the caller hashes the .onnx).</summary>
    /// <remarks>Waits for a check in flight on another thread (the preloaded session's), which reads and hashes the saved file anyway.</remarks>
    public static string? VouchedSource(string onnxPath) =>
        Checks.TryGetValue(onnxPath, out var check) ? check.Task.GetAwaiter().GetResult() : null;

    /// <summary>Before a session reads <paramref name="onnxPath"/> itself: when its identity was vouched for by its saved form, the file's real SHA-256 must be that one.</summary>
    /// <exception cref="IOException">The file differs from the model its saved form was made from.</exception>
    public static void ConfirmSource(string onnxPath)
    {
        if (VouchedSource(onnxPath) is { } vouched && Sha256Of(onnxPath) != vouched)
        {
            throw new IOException(
                $"{onnxPath}: the encoder model differs from the one its saved form was made from; delete {Path.GetDirectoryName(onnxPath)} to have both made again");
        }
    }

    /// <summary>Where the saved form of <paramref name="onnxPath"/> lives: its name carries ONNX Runtime's version, whose format it is.</summary>
    internal static string SavedPath(string onnxPath)
    {
        // Asking the version starts ONNX Runtime's environment, so its telemetry switch must be set first.
        OnnxTelemetry.DisableUnlessChosen();
        return $"{Path.ChangeExtension(onnxPath, null)}-ort{OrtEnv.Instance().GetVersionString()}-r{Revision}.ort";
    }

    internal static string RecordPath(string savedPath) => savedPath + ".sha256";

    private static PinnedModelSession? TryLoad(string path, OnnxSessionSettings settings, Func<string> sourceSha256, TaskCompletionSource<string?> check)
    {
        var recordPath = RecordPath(path);
        if (!File.Exists(path) || !File.Exists(recordPath))
        {
            return null;
        }
        var record = SavedRecord.Parse(File.ReadAllLines(recordPath));
        if (record is null)
        {
            return null;
        }
        var (bytes, hash) = ReadPinnedAndHash(path);
        if (record.Saved != hash)
        {
            return null;
        }
        // Vouched for before the identity is asked for: that identity may be waiting for this very check.
        check.TrySetResult(record.Source);
        if (record.Source != sourceSha256())
        {
            return null;
        }
        using var options = settings.CreateOptions();
        options.AddSessionConfigEntry("session.load_model_format", "ORT");
        options.AddSessionConfigEntry("session.use_ort_model_bytes_directly", "1");
        options.AddSessionConfigEntry("session.use_ort_model_bytes_for_initializers", "1");
        try
        {
            return new PinnedModelSession(bytes, options);
        }
        catch (OnnxRuntimeException)
        {
            // A file this runtime cannot read despite its hash (written by a build of another format): saved again.
            return null;
        }
    }

    // The session is built only for its side effect, the optimised file; it is disposed at once. The source is hashed
    // here, from the file converted, not taken from the identity: that may have been vouched for by the file replaced.
    private static bool Save(string onnxPath, string path, OnnxSessionSettings settings)
    {
        var temporary = $"{path}.tmp-{Guid.NewGuid():N}";
        var recordTemporary = $"{RecordPath(path)}.tmp-{Guid.NewGuid():N}";
        try
        {
            using (var options = (settings with { Optimization = SavedLevel }).CreateOptions())
            {
                options.OptimizedModelFilePath = temporary;
                options.AddSessionConfigEntry("session.save_model_format", "ORT");
                using var session = new InferenceSession(onnxPath, options);
            }
            byte[] hash;
            using (var saved = File.OpenRead(temporary))
            {
                hash = SHA256.HashData(saved);
            }
            File.WriteAllLines(recordTemporary, new SavedRecord(Sha256Of(onnxPath), Convert.ToHexStringLower(hash)).Lines());
            // The model first: a record beside a file it does not describe only makes the next load save again.
            File.Move(temporary, path, overwrite: true);
            File.Move(recordTemporary, RecordPath(path), overwrite: true);
            return true;
        }
        finally
        {
            File.Delete(temporary);
            File.Delete(recordTemporary);
        }
    }

    // Hashed a chunk at a time as it is read, while the chunk is still in the processor's cache.
    private static (byte[] Bytes, string Sha256) ReadPinnedAndHash(string path)
    {
        const int Chunk = 1 << 20;
        using var file = File.OpenRead(path);
        var bytes = GC.AllocateUninitializedArray<byte>(checked((int)file.Length), pinned: true);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        for (var start = 0; start < bytes.Length; start += Chunk)
        {
            var chunk = bytes.AsSpan(start, Math.Min(Chunk, bytes.Length - start));
            file.ReadExactly(chunk);
            hash.AppendData(chunk);
        }
        return (bytes, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    private static string Sha256Of(string path)
    {
        using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(file));
    }

    /// <param name="Source">SHA-256 of the .onnx file the saved one was made from.</param>
    /// <param name="Saved">SHA-256 of the saved file.</param>
    private sealed record SavedRecord(string Source, string Saved)
    {
        public string[] Lines() => [Source, Saved, Seal(Source, Saved)];

        /// <summary>The record in these lines; null when they are not three SHA-256s in hex, the third sealing the first two.</summary>
        public static SavedRecord? Parse(string[] lines) =>
            lines.Length == 3 && lines.All(IsSha256) && lines[2] == Seal(lines[0], lines[1]) ? new SavedRecord(lines[0], lines[1]) : null;

        private static string Seal(string source, string saved) =>
            Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes($"{source}\n{saved}")));

        private static bool IsSha256(string line) => line.Length == 64 && line.All(char.IsAsciiHexDigitLower);
    }
}
