using System.Diagnostics;
using Classifier.Core.Learning.Bundles;
using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Papers;
using Classifier.Core.Tagging;

namespace Classifier.Bench.Learning;

/// <summary>Cold start in a fresh process: load a saved bundle, build a tagger, tag one paper; then the same again warm.</summary>
internal static class ColdStart
{
    public static void Run(string bundleDirectory)
    {
        var paper = new Paper { Title = "Segment anything in medical images with a promptable transformer" };
        for (var round = 1; round <= 3; round++)
        {
            var stopwatch = Stopwatch.StartNew();
            // What tag reads first, to start the encoder's session before the load (PaperTagger.Load).
            var weights = ModelBundleStore.EncoderWeightsHint(bundleDirectory);
            var hintTime = stopwatch.Elapsed.TotalMilliseconds;
            stopwatch.Restart();
            // Reading and hashing every file of the bundle, before any JSON is parsed.
            BundleSnapshot.Read(bundleDirectory).ThrowIfMismatched();
            var snapshotTime = stopwatch.Elapsed.TotalMilliseconds;
            stopwatch.Restart();
            var metadata = ModelBundleStore.LoadMetadata(bundleDirectory);
            var metadataTime = stopwatch.Elapsed.TotalMilliseconds;
            stopwatch.Restart();
            var bundle = ModelBundleStore.Load(bundleDirectory);
            var loadTime = stopwatch.Elapsed.TotalMilliseconds;
            stopwatch.Restart();
            var encoderHash = round == 1 && bundle.Metadata.Encoder is not null ? MiniLmModel.Identity.ShortHash : "";
            var hashTime = stopwatch.Elapsed.TotalMilliseconds;
            stopwatch.Restart();
            var tagger = new PaperTagger(bundle);
            var taggerTime = stopwatch.Elapsed.TotalMilliseconds;
            stopwatch.Restart();
            var result = tagger.Tag([paper]).Single();
            var tagTime = stopwatch.Elapsed.TotalMilliseconds;
            Console.WriteLine(
                $"round {round}: weights hint {hintTime:0} ms ({weights}), files read and hashed {snapshotTime:0} ms, metadata only {metadataTime:0} ms, full load {loadTime:0} ms, encoder hash {hashTime:0} ms{(encoderHash.Length > 0 ? $" ({encoderHash})" : "")}, "
                + $"tagger {taggerTime:0} ms, first tag {tagTime:0} ms (includes the ONNX session; {result.Ranked[0].Category.Name}, {metadata.RowCount} rows)");
        }
        foreach (var file in Directory.EnumerateFiles(bundleDirectory))
        {
            Console.WriteLine($"{Path.GetFileName(file)}: {new FileInfo(file).Length / 1024.0:0} KB");
        }
    }
}
