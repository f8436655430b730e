using BenchmarkDotNet.Running;
using Classifier.Bench.Learning;
using Classifier.Core.Learning.Candidates;

namespace Classifier.Bench;

internal static class Program
{
    // Benchmarks: dotnet run -c Release --project bench/Classifier.Bench -- --filter '*'
    // Retrain with an empty and a warm embedding cache, and the full comparison: ... -- --retrain-timing [bundle-dir to save the fast bundle]
    // Cold start of a saved bundle in a fresh process: ... -- --cold-start bundle-dir
    // The learner's parts (fit, 5-fold out-of-fold, hold-out, n-gram reference) with a warm cache: ... -- --fit-timing
    // "No category fits": the bundle's rule against detectors on the embedding alone: ... -- --out-of-scope-detectors bundle-dir [budget]
    // Tagging papers/s, a saved semantic bundle against the n-gram model: ... -- --tag-timing bundle-dir
    // Encoding papers/s, the project's encoder against the package's SentenceEncoder: ... -- --encoding [papers]
    // Every candidate on data/ (CV, latest month held out, misfiles injected there): ... -- --held-out-report [seed]
    // Whole-process speed and memory beside the yardsticks: ... -- --speed-report encoder|cold|semantic|ngrams|train [rounds] [papers]
    // The encoder's floor alone, a fused multiply-add loop over the FLOPs a file's papers need: ... -- --floor papers.jsonl
    // Where n-gram tagging spends its CPU: ... -- --ngram-stages bundle-dir titles.jsonl
    // The n-gram direct scorer alone, fastest of passes: ... -- --ngram-scorer bundle-dir titles.jsonl [passes]
    // Reading JSON Lines, lines alone and whole papers, fastest of passes: ... -- --jsonl-reader file.jsonl [passes]
    // Building the encoder's session, from the model or a saved optimised copy: ... -- --session-probe save|plain|optimised
    // One encoder process for it: ... -- --encoder-probe plain|tuned|...|sentence-encoder papers
    // Learning figures on data/: dotnet run -c Release --project bench/Classifier.Bench -- --learning-report [seed]
    // Gate settings, leave one month out, recall at 6% and 8% of in-scope papers: ... -- --gate-sweep [--second]
    // Misfile P@k with 10% of each held-out month moved, gated and previous model: ... -- --misfile-precision [seeds]
    // Per input shape, leave one month out (gated model, previous, n-gram, baseline); --gates also compares the gates: ... -- --shapes [seed] [--gates]
    // The category model's embedding recipes (joined text, mean of title and summary vectors, side by side), per input shape: ... -- --recipes [seed]
    // Int8 encoder: cosine to fp32 over data/ per scheme; in-process speed; leave-one-month-out accuracy (schemes: s8-tensor, u8-column-7bit, ...; none: all):
    //   ... -- --int8-cosine [schemes]   ... -- --int8-speed papers rounds [schemes]   ... -- --int8-accuracy seed [schemes]
    private static void Main(string[] args)
    {
        if (args.Length > 1 && args[0] == "--floor")
        {
            Speed.EncoderFloor.Print(args[1]);
            return;
        }
        if (args.Length > 1 && args[0] == "--session-probe")
        {
            Speed.SessionProbe.Run(args[1]);
            return;
        }
        if (args.Length > 0 && args[0] == "--int8-cosine")
        {
            Int8.Int8Cosine.Run(args.Skip(1));
            return;
        }
        if (args.Length > 2 && args[0] == "--int8-speed")
        {
            Int8.Int8Speed.Run(Parse(args[1]), Parse(args[2]), args.Skip(3));
            return;
        }
        if (args.Length > 1 && args[0] == "--int8-accuracy")
        {
            Int8.Int8Accuracy.Run(Parse(args[1]), args.Skip(2));
            return;
        }
        if (args.Length > 0 && args[0] == "--gate-sweep")
        {
            GateSweep.Run(args);
            return;
        }
        if (args.Length > 0 && args[0] == "--misfile-precision")
        {
            MisfilePrecision.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5);
            return;
        }
        if (args.Length > 0 && args[0] == "--recipes")
        {
            RecipeReport.Run(args.Length > 1 ? Parse(args[1]) : 1, new LearnerOptions().MaxInScopeAbstain);
            return;
        }
        if (args.Length > 0 && args[0] == "--shapes")
        {
            var seed = args.Length > 1 && int.TryParse(args[1], out var s) ? s : 1;
            ShapeReport.Run(seed, new LearnerOptions().MaxInScopeAbstain, args.Contains("--gates"));
            return;
        }
        if (args.Length > 0 && args[0] == "--learning-report")
        {
            LearningReport.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1);
            return;
        }
        if (args.Length > 1 && args[0] == "--out-of-scope-detectors")
        {
            OutOfScopeDetectors.Run(args[1], args.Length > 2 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 0.059);
            return;
        }
        if (args.Length > 1 && args[0] == "--tag-timing")
        {
            TagTiming.Run(args[1]);
            return;
        }
        if (args.Length > 0 && args[0] == "--encoding")
        {
            EncodingThroughput.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 160);
            return;
        }
        if (args.Length > 1 && args[0] == "--speed-report")
        {
            Speed.SpeedReport.Run(args[1], args.Length > 2 ? Parse(args[2]) : 3, args.Length > 3 ? Parse(args[3]) : 1000);
            return;
        }
        if (args.Length > 1 && args[0] == "--jsonl-reader")
        {
            Speed.NgramStages.Reader(args[1], args.Length > 2 ? Parse(args[2]) : 10);
            return;
        }
        if (args.Length > 2 && args[0] == "--ngram-scorer")
        {
            Speed.NgramStages.Scorer(args[1], args[2], args.Length > 3 ? Parse(args[3]) : 10);
            return;
        }
        if (args.Length > 2 && args[0] == "--ngram-stages")
        {
            Speed.NgramStages.Run(args[1], args[2]);
            return;
        }
        if (args.Length > 2 && args[0] == "--encoder-probe")
        {
            Speed.EncoderProbe.Run(args[1], Parse(args[2]));
            return;
        }
        if (args.Length > 0 && args[0] == "--held-out-report")
        {
            HeldOutReport.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1);
            return;
        }
        if (args.Length > 0 && args[0] == "--fit-timing")
        {
            FitTiming.Run();
            return;
        }
        if (args.Length > 0 && args[0] == "--retrain-timing")
        {
            RetrainTiming.Run(args.Length > 1 ? args[1] : null);
            return;
        }
        if (args.Length > 1 && args[0] == "--cold-start")
        {
            ColdStart.Run(args[1]);
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }

    private static int Parse(string value) => int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
}
