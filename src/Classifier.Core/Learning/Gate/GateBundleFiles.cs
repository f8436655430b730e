using System.Text.Json;
using Classifier.Core.Learning.Bundles;
using Classifier.Core.Learning.Features.Embeddings;
using Microsoft.ML;

namespace Classifier.Core.Learning.Gate;

/// <summary>The files a gated bundle adds beside model.zip (named here only, so a manifest over the bundle can list them), and their I/O.</summary>
internal static class GateBundleFiles
{
    /// <summary>The gate's ML.NET pipeline (title n-grams + title embedding -> binary learner).</summary>
    public const string ModelFile = "gate.zip";

    /// <summary>The gate's labelled texts (titles and notes) and whether each is out of scope, in the order of <see cref="EmbeddingsFile"/>.</summary>
    public const string ExamplesFile = "gate-examples.json";

    /// <summary>The embeddings of those texts, for the kNN vote (the format of embeddings.bin).</summary>
    public const string EmbeddingsFile = "gate-embeddings.bin";

    public static IReadOnlyList<string> All { get; } = [ModelFile, ExamplesFile, EmbeddingsFile];

    public static void Save(OutOfScopeGate gate, string directory)
    {
        gate.Ml.Model.Save(gate.Transformer, gate.InputSchema, Path.Combine(directory, ModelFile));
        var examples = gate.Examples.Select(e => new SavedExample(e.Text, e.OutOfScope)).ToList();
        File.WriteAllText(Path.Combine(directory, ExamplesFile), JsonSerializer.Serialize(examples, ModelBundleStore.Json));
        EmbeddingsFileFormat.Write(Path.Combine(directory, EmbeddingsFile), [.. gate.Examples.Select(e => e.Embedding)]);
    }

    /// <summary>Loads the gate from a bundle's files read as one set; any fault is a one-line <see cref="ModelBundleException"/> naming the file.</summary>
    public static OutOfScopeGate Load(BundleSnapshot snapshot, GateMetadata metadata, IPaperEmbedder embedder)
    {
        var examples = Examples(snapshot);
        var (ml, transformer, schema) = LoadPipeline(snapshot.PathOf(ModelFile), snapshot.Require(ModelFile), metadata.Options.Seed);
        return new OutOfScopeGate(ml, transformer, schema, metadata.Options, examples, embedder);
    }

    /// <summary>The gate scored by <paramref name="direct"/>, with gate.zip loaded through ML.NET only when first needed.</summary>
    public static OutOfScopeGate LoadDeferred(BundleSnapshot snapshot, GateMetadata metadata, IPaperEmbedder embedder, GateScorer direct)
    {
        var examples = Examples(snapshot);
        var path = snapshot.PathOf(ModelFile);
        var zip = snapshot.Require(ModelFile);
        return OutOfScopeGate.Deferred(() => LoadPipeline(path, zip, metadata.Options.Seed), metadata.Options, examples, embedder, direct);
    }

    /// <summary>gate.zip's pipeline through ML.NET; a fault is a one-line <see cref="ModelBundleException"/> naming it.</summary>
    public static LoadedPipeline LoadPipeline(string path, byte[] zip, int seed)
    {
        using var modelBytes = new MemoryStream(zip, writable: false);
        var ml = new MLContext(seed);
        try
        {
            var transformer = ml.Model.Load(modelBytes, out var schema);
            return new LoadedPipeline(ml, transformer, schema);
        }
        catch (Exception e) when (e is not OutOfMemoryException and not ModelBundleException)
        {
            throw new ModelBundleException($"{path}: not a loadable out-of-scope gate: {e.Message.Split('\n')[0].Trim()}", e);
        }
    }

    private static List<GateExample> Examples(BundleSnapshot snapshot)
    {
        var examples = ReadExamples(snapshot.PathOf(ExamplesFile), snapshot.Require(ExamplesFile));
        var embeddings = EmbeddingsFileFormat.Read(snapshot.PathOf(EmbeddingsFile), snapshot.Require(EmbeddingsFile), examples.Count, MiniLmModel.Dimension);
        return [.. examples.Select((e, i) => new GateExample(e.Text, e.OutOfScope, embeddings[i]))];
    }

    private static List<SavedExample> ReadExamples(string path, byte[] bytes)
    {
        try
        {
            var examples = JsonSerializer.Deserialize<List<SavedExample>>(bytes, ModelBundleStore.Json);
            return examples is { Count: > 0 } && examples.All(e => e.Text is not null)
                ? examples
                : throw new ModelBundleException($"{path}: no gate examples; not a complete model bundle");
        }
        catch (JsonException e)
        {
            throw new ModelBundleException($"{path}:{(e.LineNumber ?? 0) + 1}: not a valid bundle file: {e.Message.Split('\n')[0].Trim()}", e);
        }
    }

    internal sealed record SavedExample(string Text, bool OutOfScope);
}
