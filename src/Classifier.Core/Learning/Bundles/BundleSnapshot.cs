using System.Text.Json;
using Classifier.Core.Files;

namespace Classifier.Core.Learning.Bundles;

/// <summary>The bytes of one bundle's files, read together and checked against its manifest, so a reader never mixes two bundles.</summary>
/// <param name="Directory">The folder the files were read from (the bundle folder, or the old bundle set aside mid-swap).</param>
/// <param name="Mismatch">The file that still did not match the manifest after every attempt; the reader checks the contents first, so a damaged field is named before this.</param>
internal sealed record BundleSnapshot(string Directory, IReadOnlyDictionary<string, byte[]> Files, string? Mismatch = null)
{
    private const int Attempts = 4;

    /// <summary>Reads every bundle file (bounded); when they do not match the manifest, a swap may have run meanwhile, so it reads again a few times.</summary>
    /// <param name="readFile">How a file's bytes are read; tests slow it down or swap the bundle in between.</param>
    public static BundleSnapshot Read(string directory, Func<string, byte[]>? readFile = null)
    {
        readFile ??= path => BoundedFile.ReadAllBytes(path, ModelBundleStore.MaxFileBytes);
        for (var attempt = 1; ; attempt++)
        {
            var folder = BundleSwapper.LoadableFolder(directory);
            if (!System.IO.Directory.Exists(folder))
            {
                throw new ModelBundleException($"{folder}: no model bundle here (directory not found); train one first");
            }
            var (snapshot, mismatch) = TryRead(folder, readFile, last: attempt == Attempts);
            if (mismatch is null || attempt == Attempts)
            {
                return snapshot with { Mismatch = mismatch };
            }
            Thread.Sleep(50 * attempt);
        }
    }

    private static (BundleSnapshot Snapshot, string? Mismatch) TryRead(string folder, Func<string, byte[]> readFile, bool last)
    {
        var manifestPath = Path.Combine(folder, BundleManifest.FileName);
        try
        {
            var manifestBytes = File.Exists(manifestPath) ? readFile(manifestPath) : null;
            var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var name in ModelBundleStore.Files)
            {
                var path = Path.Combine(folder, name);
                if (File.Exists(path))
                {
                    files[name] = readFile(path);
                }
            }
            // A bundle written before manifests (format 1 and 2) is read as it is.
            if (manifestBytes is null)
            {
                return (new BundleSnapshot(folder, files), null);
            }
            var manifest = Parse(manifestBytes);
            var mismatch = manifest is null ? BundleManifest.FileName : manifest.FirstMismatch(files);
            return (new BundleSnapshot(folder, files), mismatch);
        }
        catch (BoundedReadException refused)
        {
            throw new ModelBundleException($"{refused.Message}; not a model bundle file", refused);
        }
        catch (IOException) when (!last)
        {
            // A file vanished between the check and the read: the folder was swapped; read again.
            return (new BundleSnapshot(folder, new Dictionary<string, byte[]>()), BundleManifest.FileName);
        }
    }

    private static BundleManifest? Parse(byte[] bytes)
    {
        try
        {
            return JsonSerializer.Deserialize<BundleManifest>(bytes, ModelBundleStore.Json) is { Fingerprint: not null, Files: not null } manifest ? manifest : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The bytes of <paramref name="name"/>; a one-line error naming the file when the bundle lacks it.</summary>
    public byte[] Require(string name) =>
        Files.TryGetValue(name, out var bytes) ? bytes : throw new ModelBundleException($"{PathOf(name)}: missing; not a complete model bundle");

    public string PathOf(string name) => Path.Combine(Directory, name);

    /// <summary>Throws the one-line error for a set of files that does not match its manifest, if it did not.</summary>
    public void ThrowIfMismatched()
    {
        if (Mismatch is { } name)
        {
            throw new ModelBundleException(
                $"{PathOf(name)}: does not match the bundle's {BundleManifest.FileName} (a damaged bundle, or files of two bundles); retrain the model");
        }
    }
}
