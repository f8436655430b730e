using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Classifier.Core.Files;
using Classifier.Core.Learning.Features;
using Classifier.Core.Learning.Features.Ngrams;
using Classifier.Core.Learning.Gate;

namespace Classifier.Core.Learning.Bundles;

/// <summary>Saves a bundle as a directory (model.zip, metadata.json, oof.json, embeddings.bin for a semantic model) atomically, and loads it back with checks.</summary>
internal static class ModelBundleStore
{
    public const string DefaultDirectory = "trained-models";
    public const string ModelFile = "model.zip";
    public const string MetadataFile = "metadata.json";
    public const string OutOfFoldFile = "oof.json";
    public const string EmbeddingsFile = "embeddings.bin";

    /// <summary>The files that make the model, in the fingerprint's order: what <see cref="Review.Decisions.ModelFingerprint"/> names.</summary>
    public static readonly IReadOnlyList<string> ModelFiles = [MetadataFile, ModelFile, OutOfFoldFile, EmbeddingsFile, .. GateBundleFiles.All];

    /// <summary>
    /// Every file a bundle may hold: the one list the manifest and the reader go by (a new file is one line here). The n-gram
    /// and semantic tables are model.zip's (and gate.zip's) contents in another form, so they stay out of the fingerprint:
    /// decisions keep naming the same model, and an older tool, which checks the manifest over the files it knows, still
    /// reads the bundle.
    /// </summary>
    public static readonly IReadOnlyList<string> Files = [.. ModelFiles, NgramTablesFile.FileName, SemanticTablesFile.FileName];

    /// <summary>The largest bundle file a reader takes (the bundled semantic model's largest file is under 1 MB).</summary>
    public const long MaxFileBytes = 512L << 20;

    internal static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        // Generated at build time for what a load reads (reflection's JIT cost a cold tag about 0.3 s: docs/benchmarks.md);
        // any other type still goes by reflection.
        TypeInfoResolver = JsonTypeInfoResolver.Combine(BundleJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };

    /// <summary>Writes the bundle into a temporary sibling directory, then swaps it into place (see <see cref="BundleSwapper"/>).</summary>
    public static void Save(ModelBundle bundle, string directory) => Save(bundle, directory, new BundleSwapper());

    /// <summary>As above, with the swapper given; tests give one that fails between the renames.</summary>
    internal static void Save(ModelBundle bundle, string directory, BundleSwapper swapper)
    {
        var target = BundleSwapper.ResolveTarget(directory);
        var parent = Path.GetDirectoryName(target) ?? ".";
        Directory.CreateDirectory(parent);
        using var held = BundleSwapper.Lock(target);
        RefuseToReplaceForeignDirectory(target);
        RemoveStaleTemporaries(target);
        var temporary = Path.Combine(parent, $".{Path.GetFileName(target)}.tmp-{Guid.NewGuid():N}");
        Directory.CreateDirectory(temporary);
        try
        {
            bundle.Model.Ml.Model.Save(bundle.Model.Transformer, bundle.Model.InputSchema, Path.Combine(temporary, ModelFile));
            WriteNgramTables(bundle, temporary);
            File.WriteAllText(Path.Combine(temporary, MetadataFile), JsonSerializer.Serialize(bundle.Metadata, Json));
            File.WriteAllText(Path.Combine(temporary, OutOfFoldFile), JsonSerializer.Serialize(bundle.OutOfFold, Json));
            if (bundle.Embeddings is { } embeddings)
            {
                EmbeddingsFileFormat.Write(Path.Combine(temporary, EmbeddingsFile), embeddings);
            }
            if (bundle.Model.Gate is { } gate)
            {
                // Format 3: the files of GateBundleFiles.All.
                GateBundleFiles.Save(gate, temporary);
            }
            WriteSemanticTables(bundle, temporary);
            BundleManifest.WriteFor(temporary);
            swapper.Swap(temporary, target);
        }
        catch (IOException exception) when (exception is not FileLockedException)
        {
            // A full disk names the temporary folder; the bundle is what the user asked for, and the old one still loads.
            throw new IOException($"{target}: could not write the model bundle ({exception.Message.Split('\n')[0].Trim()}); the previous bundle, if any, is as it was", exception);
        }
        finally
        {
            if (Directory.Exists(temporary))
            {
                Directory.Delete(temporary, recursive: true);
            }
        }
    }

    // For a model the direct scorer reproduces, its tables, so that tag need not load model.zip through ML.NET.
    private static void WriteNgramTables(ModelBundle bundle, string temporary)
    {
        if (bundle.Model.Gate is not null || bundle.Metadata.Options.Features.UsesEmbedding())
        {
            return;
        }
        var zip = File.ReadAllBytes(Path.Combine(temporary, ModelFile));
        if (NgramTablesExtractor.TryExtract(bundle.Model.Transformer, bundle.Model.InputSchema, zip) is { } tables && LinearNgramScorer.Create(tables) is not null)
        {
            File.WriteAllBytes(Path.Combine(temporary, NgramTablesFile.FileName), NgramTablesFile.Write(tables, bundle.Model.Labels, zip));
        }
    }

    // For a model that reads embeddings or has a gate, the tables of both halves when the direct scorers reproduce them.
    private static void WriteSemanticTables(ModelBundle bundle, string temporary)
    {
        if (bundle.Model.Gate is null && !bundle.Metadata.Options.Features.UsesEmbedding())
        {
            return;
        }
        var zip = File.ReadAllBytes(Path.Combine(temporary, ModelFile));
        var gateZip = bundle.Model.Gate is null ? null : File.ReadAllBytes(Path.Combine(temporary, GateBundleFiles.ModelFile));
        if (SemanticTablesExtractor.TryExtract(bundle.Model, zip, gateZip) is { } tables)
        {
            File.WriteAllBytes(Path.Combine(temporary, SemanticTablesFile.FileName), SemanticTablesFile.Write(tables, bundle.Model.Labels, zip, gateZip));
        }
    }

    /// <summary>Loads and validates a bundle; any fault becomes a one-line <see cref="ModelBundleException"/>.</summary>
    public static ModelBundle Load(string directory) => ModelBundleReader.Read(directory);

    /// <summary>Loads and validates metadata.json only (what a retrain needs from the bundle it replaces).</summary>
    public static BundleMetadata LoadMetadata(string directory) => ModelBundleReader.ReadMetadata(directory);

    /// <summary>Whether the bundle looks semantic (it carries its papers' embeddings), without reading it.</summary>
    public static bool MayUseEncoder(string directory) =>
        File.Exists(Path.Combine(BundleSwapper.LoadableFolder(directory), EmbeddingsFile));

    /// <summary>A hint, read before the bundle is checked: the encoder weights its metadata names (fp32 when it names none or cannot be read).</summary>
    public static string EncoderWeightsHint(string directory)
    {
        try
        {
            using var metadata = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(BundleSwapper.LoadableFolder(directory), MetadataFile)));
            return metadata.RootElement.TryGetProperty("Encoder", out var encoder) && encoder.ValueKind == JsonValueKind.Object
                && encoder.TryGetProperty("Weights", out var weights) && weights.GetString() is { } name
                ? name
                : Features.Embeddings.EncoderWeights.Fp32;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return Features.Embeddings.EncoderWeights.Fp32;
        }
    }

    // Called under the folder's lock: a writer killed mid-save left .name.tmp-*; one older than an hour is no one's.
    private static void RemoveStaleTemporaries(string target)
    {
        var parent = new DirectoryInfo(Path.GetDirectoryName(target) ?? ".");
        foreach (var leftover in parent.EnumerateDirectories($".{Path.GetFileName(target)}.tmp-*"))
        {
            if (DateTime.UtcNow - leftover.LastWriteTimeUtc > SafeFileWriter.StaleTempAge)
            {
                try
                {
                    leftover.Delete(recursive: true);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    // Cleaning up is a courtesy; the save goes on.
                }
            }
        }
    }

    private static void RefuseToReplaceForeignDirectory(string target)
    {
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any()
            && !File.Exists(Path.Combine(target, MetadataFile)))
        {
            throw new ModelBundleException($"{target}: not empty and not a model bundle; refusing to replace it");
        }
    }
}
