using System.Globalization;
using Classifier.Core.Learning.Features.Embeddings.Quantisation;

namespace Classifier.Bench.Speed;

/// <summary>
/// Whole-process speed and memory, each figure beside its yardstick, in one run: the arms of a section run interleaved
/// (A B C, A B C, ...) and each figure is the median over rounds, so a noisy neighbour hits every arm alike.
/// </summary>
/// <remarks>
/// Sections: encoder (ONNX session settings against the package's SentenceEncoder), cold (one paper, a fresh process),
/// semantic (papers with summaries through <c>tag</c>), ngrams (titles through <c>tag</c> against fastText), train
/// (an empty embedding cache), int8 (the tuned encoder, fp32 against int8 files). $BENCH_BASELINE_CLI names another build's cvclassify.dll to show beside this one,
/// $BENCH_R2R_CLI a publish of this one as the linux-x64 tool package ships it, self-contained with one composite
/// ReadyToRun image (<c>dotnet publish src/Classifier.Cli -c Release -r linux-x64 -o dir</c>; the project sets the rest),
/// and $BENCH_BASELINE_R2R_CLI the baseline's publish of its own tool package, shown beside it. $BENCH_TOOL and
/// $BENCH_BASELINE_TOOL name installed tools' executables, run directly in the cold and ngrams sections.
/// </remarks>
internal static class SpeedReport
{
    /// <summary>How long the fused multiply-add loop runs before and after the semantic arms.</summary>
    private static readonly TimeSpan FloorProbe = TimeSpan.FromSeconds(3);

    public static void Run(string section, int rounds, int count)
    {
        var inputs = new BenchInputs(Path.Combine(Path.GetTempPath(), "cvclassify-bench"));
        Console.WriteLine($"# {section}, {rounds} interleaved rounds, medians; {Environment.ProcessorCount} cores, load {LoadAverage()}");
        switch (section)
        {
            case "encoder":
                Compare(EncoderArms(count), rounds, inputs, count);
                break;
            case "int8":
                Compare(Int8Arms(count), rounds, inputs, count);
                break;
            case "cold":
                Compare(ColdArms(inputs), rounds, inputs, 1);
                break;
            case "semantic":
                SemanticAgainstFloor(inputs, rounds, count);
                break;
            case "ngrams":
                Compare(NgramArms(inputs, count), rounds, inputs, count);
                break;
            case "train":
                Compare(TrainArms(inputs), rounds, inputs, 0);
                break;
            default:
                throw new ArgumentException($"unknown section '{section}': encoder, int8, cold, semantic, ngrams or train");
        }
    }

    private static Dictionary<string, ProcessCost> Compare(IReadOnlyList<Arm> arms, int rounds, BenchInputs inputs, int papers)
    {
        var costs = arms.ToDictionary(a => a.Name, _ => new List<ProcessCost>());
        for (var round = 0; round < rounds; round++)
        {
            foreach (var arm in arms)
            {
                costs[arm.Name].Add(arm.Run(Path.Combine(inputs.Folder, $"out-{arm.Name}.txt")));
            }
        }
        var first = ProcessMeter.Median(costs[arms[0].Name]);
        Console.WriteLine("| arm | wall s | CPU s | peak MiB | papers/s | wall vs first | CPU vs first | peak vs first |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var arm in arms)
        {
            var cost = ProcessMeter.Median(costs[arm.Name]);
            var rate = papers > 1 ? (papers / cost.Wall).ToString("0.0", CultureInfo.InvariantCulture) : "";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {arm.Name} | {cost.Wall:0.00} | {cost.Cpu:0.00} | {cost.PeakMiB:0} | {rate} | {cost.Wall / first.Wall:0.00}x | {cost.Cpu / first.Cpu:0.00}x | {cost.PeakMiB / first.PeakMiB:0.00}x |"));
        }
        return arms.ToDictionary(a => a.Name, a => ProcessMeter.Median(costs[a.Name]));
    }

    // The semantic arms, then each one's papers/s beside the floor measured on this machine just before and just after
    // them: the FLOPs its own input needs (titles and summaries apart, titles alone, or joined for SentenceEncoder).
    private static void SemanticAgainstFloor(BenchInputs inputs, int rounds, int count)
    {
        var papers = inputs.Papers(count);
        var (titles, _) = inputs.Titles(count);
        var arms = SemanticArms(inputs, count);
        var before = EncoderFloor.GflopsPerSecond(Environment.ProcessorCount, FloorProbe);
        var costs = Compare(arms, rounds, inputs, count);
        var after = EncoderFloor.GflopsPerSecond(Environment.ProcessorCount, FloorProbe);
        var rate = (before + after) / 2;
        var apart = EncoderFloor.GflopsPerPaper(papers);
        var joined = EncoderFloor.GflopsPerPaper(papers, joined: true);
        var alone = EncoderFloor.GflopsPerPaper(titles);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"floor: a fused multiply-add loop on {Environment.ProcessorCount} cores reached {before:0.0} GFLOP/s before the arms and {after:0.0} after; " +
            $"a paper costs the encoder {apart:0.000} GFLOP with title and summary apart (tag), {joined:0.000} joined (SentenceEncoder), {alone:0.000} for a title alone"));
        Console.WriteLine();
        Console.WriteLine("| arm | papers/s | floor papers/s | share of floor |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        foreach (var arm in arms)
        {
            var perPaper = arm.Arguments.Contains(titles) ? alone : arm.Arguments.Contains("sentence-encoder") ? joined : apart;
            var floor = rate / perPaper;
            var achieved = count / costs[arm.Name].Wall;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {arm.Name} | {achieved:0.0} | {floor:0.0} | {achieved / floor:0.00} |"));
        }
    }

    private static List<Arm> EncoderArms(int count)
    {
        var bench = typeof(SpeedReport).Assembly.Location;
        return [.. EncoderProbe.Variants.Keys.Append("sentence-encoder").Select(v => new Arm(v, "dotnet", [bench, "--encoder-probe", v, Invariant(count)]))];
    }

    // The tuned fp32 encoder against the int8 schemes in $BENCH_INT8 (default s8-column u8-column), each file made first.
    private static List<Arm> Int8Arms(int count)
    {
        var bench = typeof(SpeedReport).Assembly.Location;
        var schemes = (Environment.GetEnvironmentVariable("BENCH_INT8") ?? "s8-column u8-column").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var scheme in schemes)
        {
            Int8.Int8Models.PathOf(Int8Options.Parse(scheme));
        }
        return [.. schemes.Select(s => $"int8-{s}").Prepend("tuned").Select(v => new Arm(v, "dotnet", [bench, "--encoder-probe", v, Invariant(count)]))];
    }

    private static List<Arm> ColdArms(BenchInputs inputs)
    {
        var one = Path.Combine(inputs.Folder, "one.csv");
        File.WriteAllLines(one, ["title,summary,id", "Segment Anything,\"A promptable model that returns a valid segmentation mask for any prompt.\",2304.02643"]);
        var arms = Cli("semantic", ["tag", one, "--format", "jsonl", "--model", BundleFolder()]);
        var plain = arms[^1];
        arms.Add(plain with { Name = "semantic TieredPGO=1", Environment = new Dictionary<string, string> { ["DOTNET_TieredPGO"] = "1" } });
        arms.Add(plain with { Name = "semantic TieredCompilation=0", Environment = new Dictionary<string, string> { ["DOTNET_TieredCompilation"] = "0" } });
        arms.AddRange(ReadyToRun(plain, "semantic ReadyToRun"));
        arms.AddRange(InstalledTools(plain, "semantic"));
        arms.Add(new Arm("semantic, int8 bundle", "dotnet", [RepositoryPath("src/Classifier.Cli/bin/Release/net10.0/cvclassify.dll"), "tag", one, "--format", "jsonl", "--model", Int8Bundle(inputs)]));
        arms.AddRange(Cli("n-gram", ["tag", one, "--format", "jsonl", "--model", NgramBundle(inputs)]));
        var ngram = arms[^1];
        arms.AddRange(ReadyToRun(ngram, "n-gram ReadyToRun"));
        arms.AddRange(InstalledTools(ngram, "n-gram"));
        var text = Path.Combine(inputs.Folder, "one.txt");
        File.WriteAllLines(text, ["segment anything"]);
        arms.AddRange(FastTextArms(inputs, text));
        return arms;
    }

    private static List<Arm> SemanticArms(BenchInputs inputs, int count)
    {
        var papers = inputs.Papers(count);
        var arms = Cli("tag", ["tag", papers, "--format", "jsonl", "--model", BundleFolder()]);
        arms.AddRange(ReadyToRun(arms[^1], "tag ReadyToRun"));
        if (Environment.GetEnvironmentVariable("BENCH_BASELINE_CLI") is { Length: > 0 } baseline)
        {
            arms.Add(new Arm("tag, int8 bundle (baseline)", "dotnet", [baseline, "tag", papers, "--format", "jsonl", "--model", Int8Bundle(inputs, baseline)]));
        }
        arms.Add(new Arm("tag, int8 bundle", "dotnet", [RepositoryPath("src/Classifier.Cli/bin/Release/net10.0/cvclassify.dll"), "tag", papers, "--format", "jsonl", "--model", Int8Bundle(inputs)]));
        // Titles alone, as papers often arrive: the gate's title vectors serve the category model too.
        var (titles, _) = inputs.Titles(count);
        arms.AddRange(Cli("tag titles alone", ["tag", titles, "--format", "jsonl", "--model", BundleFolder()]));
        arms.Add(new Arm("SentenceEncoder (encoding only)", "dotnet", [typeof(SpeedReport).Assembly.Location, "--encoder-probe", "sentence-encoder", Invariant(count)]));
        return arms;
    }

    private static List<Arm> NgramArms(BenchInputs inputs, int count)
    {
        var (jsonl, text) = inputs.Titles(count);
        var arms = Cli("tag jsonl", ["tag", jsonl, "--format", "jsonl", "--model", NgramBundle(inputs)]);
        var plain = arms[^1];
        arms.AddRange(ReadyToRun(plain, "tag jsonl ReadyToRun"));
        arms.AddRange(InstalledTools(plain, "tag jsonl"));
        arms.Add(plain with { Name = "tag jsonl --explain", Arguments = [.. plain.Arguments, "--explain"] });
        arms.AddRange(FastTextArms(inputs, text));
        return arms;
    }

    private static List<Arm> TrainArms(BenchInputs inputs)
    {
        var arms = new List<Arm>();
        var cli = Cli("train", ["train", "--data", RepositoryPath("data")]);
        foreach (var arm in cli.Concat(ReadyToRun(cli[^1], "train ReadyToRun")).ToList())
        {
            var cache = Directory.CreateTempSubdirectory("cvclassify-empty-cache").FullName;
            var output = Path.Combine(inputs.Folder, $"trained-{arm.Name.Replace(' ', '-')}");
            // Every round starts from an empty cache and no previous bundle: a bundle left by an earlier round or build
            // would make train cross-validate that bundle's configuration too (and encode its texts), which is not like for like.
            void Prepare()
            {
                foreach (var folder in new[] { cache, output })
                {
                    if (Directory.Exists(folder))
                    {
                        Directory.Delete(folder, recursive: true);
                    }
                }
                Directory.CreateDirectory(cache);
            }
            arms.Add(arm with { Arguments = [.. arm.Arguments, "--out", output], Environment = new Dictionary<string, string> { ["CVCLASSIFY_CACHE"] = cache }, Prepare = Prepare });
        }
        return arms;
    }

    // The arm run by $BENCH_R2R_CLI's build instead (what the linux-x64 tool package runs: this build precompiled with
    // its runtime), after $BENCH_BASELINE_R2R_CLI's, the baseline's tool publish, on the same arguments (this build's bundle).
    private static IEnumerable<Arm> ReadyToRun(Arm arm, string name) =>
        Substitutes(("BENCH_BASELINE_R2R_CLI", $"{name} (baseline)"), ("BENCH_R2R_CLI", name))
            .Select(s => arm with { Name = s.Label, Arguments = [s.Path, .. arm.Arguments.Skip(1)] });

    // The same arm run by installed tools' own executables, as users run them (the apphost, not 'dotnet x.dll'):
    // $BENCH_BASELINE_TOOL then $BENCH_TOOL (e.g. dotnet tool install --tool-path dir, then dir/cvclassify).
    private static IEnumerable<Arm> InstalledTools(Arm arm, string name) =>
        Substitutes(("BENCH_BASELINE_TOOL", $"{name}, installed tool (baseline)"), ("BENCH_TOOL", $"{name}, installed tool"))
            .Select(s => arm with { Name = s.Label, Program = s.Path, Arguments = [.. arm.Arguments.Skip(1)] });

    // The label and path of each variable that names a build, in the order given; none when none is set.
    private static IEnumerable<(string Label, string Path)> Substitutes(params (string Variable, string Label)[] choices) =>
        choices.Select(c => (c.Label, Path: Environment.GetEnvironmentVariable(c.Variable) ?? "")).Where(c => c.Path.Length > 0);

    // This build's CLI, and the baseline's before it when $BENCH_BASELINE_CLI names one (with its own bundle when
    // $BENCH_BASELINE_BUNDLE names one: a bundle this build trained may record what the baseline cannot read).
    private static List<Arm> Cli(string name, string[] arguments)
    {
        var arms = new List<Arm>();
        if (Environment.GetEnvironmentVariable("BENCH_BASELINE_CLI") is { Length: > 0 } baseline)
        {
            var bundle = Environment.GetEnvironmentVariable("BENCH_BASELINE_BUNDLE") is { Length: > 0 } own ? own : RepositoryPath("trained-models");
            arms.Add(new Arm($"{name} (baseline)", "dotnet", [baseline, .. arguments.Select(a => a == BundleFolder() ? bundle : a)]));
        }
        arms.Add(new Arm(name, "dotnet", [RepositoryPath("src/Classifier.Cli/bin/Release/net10.0/cvclassify.dll"), .. arguments]));
        return arms;
    }

    // The semantic bundle: $BENCH_BUNDLE (one trained by this build) or the committed one.
    private static string BundleFolder() =>
        Environment.GetEnvironmentVariable("BENCH_BUNDLE") is { Length: > 0 } bundle ? bundle : RepositoryPath("trained-models");

    // An n-gram bundle trained once by the CLI itself (train --features ngrams), then reused.
    private static string NgramBundle(BenchInputs inputs)
    {
        var folder = Path.Combine(inputs.Folder, "ngram-bundle");
        if (!File.Exists(Path.Combine(folder, "metadata.json")))
        {
            ProcessMeter.Run("dotnet", [RepositoryPath("src/Classifier.Cli/bin/Release/net10.0/cvclassify.dll"), "train", "--data", RepositoryPath("data"), "--features", "ngrams", "--out", folder], Path.Combine(inputs.Folder, "ngram-train.txt"));
        }
        return folder;
    }

    // The bundled configuration trained once by the CLI over the int8 encoder (train --encoder int8), then reused.
    private static string Int8Bundle(BenchInputs inputs, string? cli = null)
    {
        var name = cli is null ? "int8-bundle" : "int8-bundle-baseline";
        var folder = Path.Combine(inputs.Folder, name);
        if (!File.Exists(Path.Combine(folder, "metadata.json")))
        {
            var trainer = cli ?? RepositoryPath("src/Classifier.Cli/bin/Release/net10.0/cvclassify.dll");
            ProcessMeter.Run("dotnet", [trainer, "train", "--data", RepositoryPath("data"), "--encoder", "int8", "--out", folder], Path.Combine(inputs.Folder, $"{name}-train.txt"));
        }
        return folder;
    }

    // fastText trained on the same labelled titles (top 3 with probabilities): with its defaults (words only, the
    // yardstick of issue 15), and with word bigrams and character 3- to 5-grams, the nearest to the project's n-grams.
    private static IEnumerable<Arm> FastTextArms(BenchInputs inputs, string titles)
    {
        var training = inputs.FastTextTraining();
        foreach (var (name, options) in new[] { ("fastText words", Array.Empty<string>()), ("fastText char 3-5 + bigrams", ["-wordNgrams", "2", "-minn", "3", "-maxn", "5"]) })
        {
            var prefix = Path.Combine(inputs.Folder, name.Replace(' ', '-'));
            ProcessMeter.Run("fasttext", ["supervised", "-input", training, "-output", prefix, "-epoch", "50", "-lr", "1.0", "-seed", "1", "-thread", "1", "-verbose", "0", .. options], prefix + ".log");
            yield return new Arm(name, "fasttext", ["predict-prob", prefix + ".bin", titles, "3"]);
        }
    }

    private static string RepositoryPath(string relative)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Classifier.sln")))
            {
                return Path.Combine(directory.FullName, relative);
            }
        }
        throw new DirectoryNotFoundException("no Classifier.sln above " + AppContext.BaseDirectory);
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
