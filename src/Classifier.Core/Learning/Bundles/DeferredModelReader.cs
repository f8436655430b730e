using Classifier.Core.Learning.Features;
using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Learning.Features.Ngrams;
using Classifier.Core.Learning.Gate;
using Classifier.Core.Papers;

namespace Classifier.Core.Learning.Bundles;

/// <summary>Reads a model from its direct scorers' tables, checked now, with ML.NET's pipelines left to load on first use.</summary>
internal static class DeferredModelReader
{
    /// <summary>
    /// An n-gram model with its scorer's tables: scored from them, with model.zip loaded through ML.NET only when first
    /// needed (reasons, or a text the scorer refuses). The tables are checked now, against model.zip's bytes and the labels.
    /// </summary>
    public static TrainedModel Ngram(BundleSnapshot snapshot, BundleMetadata metadata, byte[] zip, byte[] tablesBytes)
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
            ModelBundleReader.LoadPipeline(modelPath, metadata, zip);
        }
        var tables = NgramTablesFile.Read(path, tablesBytes, zipSha256, metadata.Labels);
        var scorer = LinearNgramScorer.Create(tables)
            ?? throw new ModelBundleException($"{path}: not valid n-gram tables: their n-grams are not ones the scorer reproduces; retrain the model");
        // The loader keeps model.zip's bytes alone, not the snapshot's other files (the tables' bytes are done with).
        return TrainedModel.Deferred(() => ModelBundleReader.LoadPipeline(modelPath, metadata, zip), metadata.Labels, scorer);
    }

    /// <summary>
    /// A model that reads embeddings or has a gate, with its tables: the category model and the gate scored from them, and
    /// model.zip and gate.zip loaded through ML.NET only when first needed. The tables are checked now, against both zips' bytes.
    /// </summary>
    public static TrainedModel Semantic(BundleSnapshot snapshot, BundleMetadata metadata, byte[] zip, byte[] tablesBytes)
    {
        var path = snapshot.PathOf(SemanticTablesFile.FileName);
        var modelPath = snapshot.PathOf(ModelBundleStore.ModelFile);
        var readsEmbedding = metadata.Options.Features.UsesEmbedding();
        if (snapshot.Files.ContainsKey(NgramTablesFile.FileName))
        {
            throw new ModelBundleException($"{path}: semantic tables beside {NgramTablesFile.FileName}; not a bundle this tool wrote, retrain the model");
        }
        if (metadata.Encoder is not { } encoder || (metadata.Gate is null && !readsEmbedding) || (metadata.Gate is not null && metadata.Labels[^1] != Taxonomy.OutOfScope.Name))
        {
            throw new ModelBundleException($"{path}: semantic tables in a bundle whose model reads no embeddings and has no gate; not a bundle this tool wrote, retrain the model");
        }
        var gateZip = metadata.Gate is not null ? snapshot.Require(GateBundleFiles.ModelFile) : null;
        var zipSha256 = System.Security.Cryptography.SHA256.HashData(zip);
        var gateZipSha256 = gateZip is null ? null : System.Security.Cryptography.SHA256.HashData(gateZip);
        if (!SemanticTablesFile.IsFor(tablesBytes, zipSha256, gateZipSha256))
        {
            // A model.zip or gate.zip that is itself broken is named as such rather than as a mismatch.
            ModelBundleReader.LoadPipeline(modelPath, metadata, zip);
            if (gateZip is not null)
            {
                GateBundleFiles.LoadPipeline(snapshot.PathOf(GateBundleFiles.ModelFile), gateZip, metadata.Gate!.Options.Seed);
            }
        }
        var recipe = metadata.Options.Recipe.OrUnrecorded();
        var width = readsEmbedding ? recipe.Width(encoder.Dimension) : MiniLmModel.Dimension;
        var tables = SemanticTablesFile.Read(path, tablesBytes, zipSha256, gateZipSha256, metadata.Labels, readsEmbedding ? width : null, metadata.Gate is null ? null : encoder.Dimension);
        var categories = LinearNgramScorer.Create(tables.Categories) ?? throw Unscorable(path);
        var embedder = ModelBundleReader.Encoder(snapshot, metadata)!;
        var gate = metadata.Gate is { } gateMetadata
            ? GateBundleFiles.LoadDeferred(snapshot, gateMetadata, embedder, GateScorer.Create(tables.Gate!) ?? throw Unscorable(path))
            : null;
        var categoryEmbedder = readsEmbedding ? new VerifiedEmbedder(recipe.Over(embedder), encoder, snapshot.Directory, recipe) : null;
        return TrainedModel.Deferred(() => ModelBundleReader.LoadPipeline(modelPath, metadata, zip), metadata.Labels, categories, categoryEmbedder, gate, width);
    }

    private static ModelBundleException Unscorable(string path) =>
        new($"{path}: not valid semantic tables: their n-grams are not ones the scorer reproduces; retrain the model");
}
