using System.Text.Json;
using Classifier.Core.Learning.Features;
using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Learning.Gate;
using Classifier.Core.Papers;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Classifier.Core.Learning;

/// <summary>Reads a bundle directory and checks every part of it, failing with one line that names the file.</summary>
internal static class ModelBundleReader
{
    /// <summary>Loads metadata, out-of-fold records and the model, checking versions and the label set.</summary>
    public static ModelBundle Read(string directory)
    {
        directory = BundleSwapper.LoadableFolder(directory);
        var metadata = ReadMetadata(directory);
        var outOfFold = ReadJson<List<OutOfFoldRecord>>(directory, ModelBundleStore.OutOfFoldFile);
        CheckOutOfFold(outOfFold, metadata, Path.Combine(directory, ModelBundleStore.OutOfFoldFile));
        var embeddings = ReadEmbeddings(directory, metadata, outOfFold.Count);
        var model = ReadModel(directory, metadata);
        return new ModelBundle(model, metadata, outOfFold, embeddings);
    }

    /// <summary>Loads and checks metadata.json alone, without the model or the out-of-fold records.</summary>
    public static BundleMetadata ReadMetadata(string directory)
    {
        directory = BundleSwapper.LoadableFolder(directory);
        if (!Directory.Exists(directory))
        {
            throw new ModelBundleException($"{directory}: no model bundle here (directory not found); train one first");
        }
        var metadata = ReadJson<BundleMetadata>(directory, ModelBundleStore.MetadataFile);
        CheckMetadata(metadata, Path.Combine(directory, ModelBundleStore.MetadataFile));
        return metadata;
    }

    private static T ReadJson<T>(string directory, string name)
    {
        var path = Path.Combine(directory, name);
        if (!File.Exists(path))
        {
            throw new ModelBundleException($"{path}: missing; not a complete model bundle");
        }
        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllText(path), ModelBundleStore.Json)
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

    private static TrainedModel ReadModel(string directory, BundleMetadata metadata)
    {
        var path = Path.Combine(directory, ModelBundleStore.ModelFile);
        if (!File.Exists(path))
        {
            throw new ModelBundleException($"{path}: missing; not a complete model bundle");
        }
        var ml = new MLContext(metadata.Seed);
        ITransformer transformer;
        DataViewSchema schema;
        try
        {
            transformer = ml.Model.Load(path, out schema);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new ModelBundleException($"{path}: not a loadable ML.NET model: {FirstLine(e.Message)}", e);
        }
        // A gated model's own scores are the categories; the gate adds out of scope as the last slot.
        var gated = metadata.Gate is not null;
        CheckScoreSlots(path, transformer, schema, gated ? [.. metadata.Labels.Take(metadata.Labels.Count - 1)] : metadata.Labels);
        var embedder = metadata.Encoder is { } encoder ? new VerifiedEmbedder(new MiniLmPaperEmbedder(), encoder, directory) : null;
        if (metadata.Gate is not { } gate)
        {
            return new TrainedModel(ml, transformer, schema, metadata.Labels, embedder);
        }
        if (embedder is null || metadata.Labels[^1] != Taxonomy.OutOfScope.Name)
        {
            throw new ModelBundleException($"{Path.Combine(directory, ModelBundleStore.MetadataFile)}: a gated model needs an encoder and out of scope as its last label");
        }
        return new TrainedModel(ml, transformer, schema, metadata.Labels, metadata.Options.Features.UsesEmbedding() ? embedder : null, GateBundleFiles.Load(directory, gate, embedder));
    }

    private static IReadOnlyList<float[]>? ReadEmbeddings(string directory, BundleMetadata metadata, int rows)
    {
        if (metadata.Encoder is null)
        {
            return null;
        }
        var path = Path.Combine(directory, ModelBundleStore.EmbeddingsFile);
        if (!File.Exists(path))
        {
            throw new ModelBundleException($"{path}: missing; not a complete model bundle");
        }
        return EmbeddingsFileFormat.Read(path, rows, metadata.Encoder.Dimension);
    }

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
