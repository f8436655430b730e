using Classifier.Cli.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace Classifier.Cli.Tests.Fuzz;

/// <summary>
/// Property tests: damaged lists, CSV, JSON Lines and Atom feeds through every command that reads them. Each run
/// must keep the contract (<see cref="Contract"/>) and leave the input file as it was (fix --write: the original in .bak).
/// </summary>
/// <remarks>Test counts are bounded so the suite stays within about a minute of CI time; a failure prints the damage applied.</remarks>
[Collection(TrainedModelCollection.Name)]
public sealed class FuzzTests(TrainedModelFixture model)
{
    private const int Runs = 40;

    [FuzzProperty(MaxTest = Runs)]
    public Property Tag_OnAnyDamagedList_KeepsTheContract() =>
        Prop.ForAll(InputGenerators.Lists(), input => Holds(input, path => ["tag", path, "--model", model.ModelPath]));

    [FuzzProperty(MaxTest = Runs)]
    public Property Review_OnAnyDamagedList_KeepsTheContract() =>
        Prop.ForAll(InputGenerators.Lists(), input => Holds(input, path => ["review", path, "--model", model.ModelPath]));

    [FuzzProperty(MaxTest = Runs)]
    public Property FixWrite_OnAnyDamagedList_KeepsTheContractAndTheOriginal() =>
        Prop.ForAll(InputGenerators.Lists(), input => Holds(input, path => ["fix", path, "--write", "--model", model.ModelPath]));

    [FuzzProperty(MaxTest = Runs)]
    public Property Tag_OnAnyDamagedCsv_KeepsTheContract() =>
        Prop.ForAll(InputGenerators.Delimited(), input => Holds(input, path => ["tag", path, "--format", "csv", "--model", model.ModelPath]));

    [FuzzProperty(MaxTest = Runs)]
    public Property Tag_OnAnyDamagedJsonLines_KeepsTheContract() =>
        Prop.ForAll(InputGenerators.JsonLines(), input => Holds(input, path => ["tag", path, "--format", "jsonl", "--model", model.ModelPath]));

    [FuzzProperty(MaxTest = Runs)]
    public Property Tag_OnAnyDamagedAtomFeed_KeepsTheContract() =>
        Prop.ForAll(InputGenerators.Atom(), input => Holds(input, path => ["tag", path, "--model", model.ModelPath]));

    private static bool Holds(DamagedInput input, Func<string, string[]> args)
    {
        using var temp = new TempDirectory();
        var path = temp.PathOf("Top CV Papers in April 2024" + input.Extension);
        File.WriteAllBytes(path, input.Bytes);

        var result = CvClassify.Run(args(path));

        if (!Contract.Holds(result, out var why))
        {
            throw new InvalidOperationException($"{why} for {input} ({FuzzSeed.HowToReplay}): {result.Error}");
        }
        var now = File.ReadAllBytes(path);
        var backup = path + ".bak";
        var kept = now.AsSpan().SequenceEqual(input.Bytes) || (File.Exists(backup) && File.ReadAllBytes(backup).AsSpan().SequenceEqual(input.Bytes));
        return kept ? true : throw new InvalidOperationException($"the input changed and no backup holds it, for {input} ({FuzzSeed.HowToReplay})");
    }
}
