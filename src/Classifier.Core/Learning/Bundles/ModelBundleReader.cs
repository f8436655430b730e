using System.Text.Json;
using Classifier.Core.Learning.Features;
using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Learning.Features.Ngrams;
using Classifier.Core.Learning.Gate;
using Classifier.Core.Papers;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Classifier.Core.Learning.Bundles;

/// <summary>Reads a bundle directory and checks every part of it, failing with one line that names the file.</summary>
internal static class ModelBundleReader
{
    /// <summary>Loads metadata, out-of-fold records and the model, checking versions, ranges, the label set and the files as one set.</summary>
    public static ModelBundle Read(string directory) => Read(directory, readFile: null);

    /// <summary>As above, with the way a file's bytes are read given (tests slow it down or swap the bundle meanwhile).</summary>
    internal static ModelBundle Read(string directory, Func<string, byte[]>? readFile)
    {
        var snapshot = BundleSnapshot.Read(directory, readFile);
        var metadata = ReadMetadata(snapshot);
        var outOfFold = ReadJson<List<OutOfFoldRecord>>(snapshot, ModelBundleStore.OutOfFoldFile);
        CheckOutOfFold(outOfFold, metadata, snapshot.PathOf(ModelBundleStore.OutOfFoldFile));
        var embeddings = ReadEmbeddings(snapshot, metadata, outOfFold.Count);
        var model = ReadModel(snapshot, metadata);
        snapshot.ThrowIfMismatched();
        return new ModelBundle(model, metadata, outOfFold, embeddings);
    }

    /// <summary>Loads and checks metadata.json alone, without the model or the out-of-fold records.</summary>
    public static BundleMetadata ReadMetadata(string directory)
    {
        var snapshot = BundleSnapshot.Read(directory);
        var metadata = ReadMetadata(snapshot);
        snapshot.ThrowIfMismatched();
        return metadata;
    }

    private static BundleMetadata ReadMetadata(BundleSnapshot snapshot)
    {
        var metadata = ReadJson<BundleMetadata>(snapshot, ModelBundleStore.MetadataFile);
        CheckMetadata(metadata, snapshot.PathOf(ModelBundleStore.MetadataFile));
        return metadata;
    }

    private static T ReadJson<T>(BundleSnapshot snapshot, string name)
    {
        var path = snapshot.PathOf(name);
        var bytes = snapshot.Require(name);
        try
        {
            return JsonSerializer.Deserialize<T>(bytes, ModelBundleStore.Json)
                ?? throw new ModelBundleException($"{path}: empty JSON document");
        }
        catch (JsonException e)
        {
            throw new ModelBundleException($"{path}:{(e.LineNumber ?? 0) + 1}: not a valid bundle file: {FirstLine(e.Message)}", e);
        }
    }

    private static void CheckMetadata(BundleMetadata metadata, string path)
    {
        BundleMetadataValidator.Validate(metadata, path);
        if (metadata.FormatVersion is < ModelBundle.OldestReadableFormatVersion or > ModelBundle.CurrentFormatVersion)
        {
            throw new ModelBundleException(
                $"{path}: bundle format version {metadata.FormatVersion}, this tool reads versions {ModelBundle.OldestReadableFormatVersion} to {ModelBundle.CurrentFormatVersion}; retrain the model");
        }
        var unknown = metadata.Labels.FirstOrDefault(l => Taxonomy.FindLabel(l) is null);
        if (metadata.Labels.Count == 0 || unknown is not null)
        {
            throw new ModelBundleException($"{path}: label set mismatch: '{unknown}' is not one of the nine categories or out of scope");
        }
        if (metadata.Encoder is { } encoder && (encoder.Package != MiniLmModel.Package || encoder.Version != MiniLmModel.PackageVersion))
        {
            throw new ModelBundleException(
                $"{path}: trained with encoder {encoder.Package} {encoder.Version}, this tool has {MiniLmModel.Package} {MiniLmModel.PackageVersion}; retrain the model");
        }
        if (metadata.Encoder is { } weights && !EncoderWeights.Names.Contains(weights.Weights))
        {
            throw new ModelBundleException(
                $"{path}: trained with encoder weights '{weights.Weights}', this tool runs {string.Join(" or ", EncoderWeights.Names)}; retrain the model");
        }
    }

    private static void CheckOutOfFold(List<OutOfFoldRecord> records, BundleMetadata metadata, string path)
    {
        BundleMetadataValidator.ValidateOutOfFold(records, path);
        var bad = records.FindIndex(r => r.Probabilities.Length != metadata.Labels.Count);
        if (records.Count != metadata.RowCount || bad >= 0)
        {
            throw new ModelBundleException(
                $"{path}: does not match metadata ({records.Count} records for {metadata.RowCount} rows, {metadata.Labels.Count} labels)");
        }
    }

    private static TrainedModel ReadModel(BundleSnapshot snapshot, BundleMetadata metadata)
    {
        var zip = snapshot.Require(ModelBundleStore.ModelFile);
        if (snapshot.Files.TryGetValue(NgramTablesFile.FileName, out var tablesBytes))
        {
            return DeferredModel(snapshot, metadata, zip, tablesBytes);
        }
        var modelPath = snapshot.PathOf(ModelBundleStore.ModelFile);
        var (ml, transformer, schema) = LoadPipeline(modelPath, metadata, zip);
        // The gate reads titles from the encoder itself; the category model reads the vectors of its recipe.
        var embedder = metadata.Encoder is { } encoder ? new VerifiedEmbedder(new RecentTextsEmbedder(EncoderWeights.Embedder(encoder.Weights), RecentTexts), encoder, snapshot.Directory) : null;
        var categories = CategoryEmbedder(modelPath, metadata, embedder, schema);
        if (metadata.Gate is not { } gate)
        {
            return new TrainedModel(ml, transformer, schema, metadata.Labels, categories ?? embedder,
                direct: metadata.Options.Features.UsesEmbedding() ? null : () => LinearNgramScorer.TryCreate(transformer, schema, zip));
        }
        if (embedder is null || metadata.Labels[^1] != Taxonomy.OutOfScope.Name)
        {
            throw new ModelBundleException($"{snapshot.PathOf(ModelBundleStore.MetadataFile)}: a gated model needs an encoder and out of scope as its last label");
        }
        return new TrainedModel(ml, transformer, schema, metadata.Labels, categories, GateBundleFiles.Load(snapshot, gate, embedder));
    }

    // An n-gram model with its scorer's tables: scored from them, with model.zip loaded through ML.NET only when first needed
    // (reasons, or a text the scorer refuses). The tables are checked now, against model.zip's bytes and the labels.
    private static TrainedModel DeferredModel(BundleSnapshot snapshot, BundleMetadata metadata, byte[] zip, byte[] tablesBytes)
    {
        var path = snapshot.PathOf(NgramTablesFile.FileName);
        var modelPath = snapshot.PathOf(ModelBundleStore.ModelFile);
        if (metadata.Gate is not null || metadata.Encoder is not null || metadata.Options.Features.UsesEmbedding())
        {
            throw new ModelBundleException($"{path}: n-gram tables in a bundle whose model reads embeddings; not a bundle this tool wrote, retrain the model");
        }
        var zipSha256 = System.Security.Cryptography.SHA256.HashData(zip);
        if (!NgramTablesFile.IsFor(tablesBytes, zipSha256))
        {
            // A model.zip that is itself broken is named as such rather than as a mismatch.
            LoadPipeline(modelPath, metadata, zip);
        }
        var tables = NgramTablesFile.Read(path, tablesBytes, zipSha256, metadata.Labels);
        var scorer = LinearNgramScorer.Create(tables)
            ?? throw new ModelBundleException($"{path}: not valid n-gram tables: their n-grams are not ones the scorer reproduces; retrain the model");
        // The loader keeps model.zip's bytes alone, not the snapshot's other files (the tables' bytes are done with).
        return TrainedModel.Deferred(() => LoadPipeline(modelPath, metadata, zip), metadata.Labels, scorer);
    }

    private static LoadedPipeline LoadPipeline(string path, BundleMetadata metadata, byte[] zip)
    {
        using var bytes = new MemoryStream(zip, writable: false);
        var ml = new MLContext(metadata.Seed);
        ITransformer transformer;
        DataViewSchema schema;
        try
        {
            transformer = ml.Model.Load(bytes, out schema);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new ModelBundleException($"{path}: not a loadable ML.NET model: {FirstLine(e.Message)}", e);
        }
        // A gated model's own scores are the categories; the gate adds out of scope as the last slot.
        CheckScoreSlots(path, transformer, schema, metadata.Gate is not null ? [.. metadata.Labels.Take(metadata.Labels.Count - 1)] : metadata.Labels);
        return new LoadedPipeline(ml, transformer, schema);
    }

    // The recipe recorded in the options (none: the joined text), checked against the width the model reads.
    private static IPaperEmbedder? CategoryEmbedder(string path, BundleMetadata metadata, IPaperEmbedder? encoder, DataViewSchema schema)
    {
        if (encoder is null || !metadata.Options.Features.UsesEmbedding())
        {
            return null;
        }
        var recipe = metadata.Options.Recipe.OrUnrecorded();
        var width = schema.GetColumnOrNull(Columns.Embedding)?.Type is VectorDataViewType vector ? vector.Size : 0;
        if (width != recipe.Width(metadata.Encoder!.Dimension))
        {
            throw new ModelBundleException($"{path}: the model reads embeddings of {width} dimensions, but the {recipe.Describe()} gives {recipe.Width(metadata.Encoder.Dimension)}; retrain the model");
        }
        return new VerifiedEmbedder(recipe.Over(encoder), metadata.Encoder, Path.GetDirectoryName(path) ?? path, recipe);
    }

    // The gate's titles and the model's texts of the batch in flight (PaperTagger), with room for one batch more.
    private const int RecentTexts = 3 * PaperRows.BatchSize;

    private static IReadOnlyList<float[]>? ReadEmbeddings(BundleSnapshot snapshot, BundleMetadata metadata, int rows) =>
        metadata.Encoder is null
            ? null
            : EmbeddingsFileFormat.Read(
                snapshot.PathOf(ModelBundleStore.EmbeddingsFile), snapshot.Require(ModelBundleStore.EmbeddingsFile), rows, EmbeddingsWidth(metadata));

    // A gated n-gram model keeps the encoder's own vectors of its papers; a model that reads embeddings, its recipe's.
    private static int EmbeddingsWidth(BundleMetadata metadata) =>
        metadata.Options.Features.UsesEmbedding() ? metadata.Options.Recipe.OrUnrecorded().Width(metadata.Encoder!.Dimension) : metadata.Encoder!.Dimension;

    private static void CheckScoreSlots(string path, ITransformer transformer, DataViewSchema schema, IReadOnlyList<string> labels)
    {
        DataViewSchema.Column? score;
        try
        {
            score = transformer.GetOutputSchema(schema).GetColumnOrNull(Columns.Score);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new ModelBundleException($"{path}: model does not fit the paper row type: {FirstLine(e.Message)}", e);
        }
        if (score?.Type is not VectorDataViewType vector || vector.Size != labels.Count)
        {
            throw new ModelBundleException($"{path}: label set mismatch: the model scores {(score?.Type as VectorDataViewType)?.Size ?? 0} categories, metadata lists {labels.Count}");
        }
        if (score.Value.HasSlotNames())
        {
            VBuffer<ReadOnlyMemory<char>> names = default;
            score.Value.GetSlotNames(ref names);
            var slots = names.DenseValues().Select(n => n.ToString()).ToList();
            if (!slots.SequenceEqual(labels))
            {
                throw new ModelBundleException($"{path}: label set mismatch: model has [{string.Join(", ", slots)}], metadata [{string.Join(", ", labels)}]");
            }
        }
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
