using Classifier.Cli.Tests.Support;
using Classifier.Core.Learning.Bundles;
using FsCheck;
using FsCheck.Fluent;

namespace Classifier.Cli.Tests.Fuzz;

/// <summary>
/// Property tests of train, evaluate and the decisions ledger on small damaged inputs (two months of twelve papers, an
/// n-gram trainer, two folds), so each run takes seconds: the contract holds, a bundle that train writes loads, and
/// reading a ledger never changes it.
/// </summary>
[Collection(TrainedModelCollection.Name)]
public sealed class LearningFuzzTests(TrainedModelFixture model)
{
    private const int TrainingRuns = 6;

    [FuzzProperty(MaxTest = TrainingRuns)]
    public Property Train_OnAnyDamagedMonth_KeepsTheContractAndWritesALoadableBundle() =>
        Prop.ForAll(InputGenerators.SmallMonths(), input => InDataFolder(input, (data, temp) =>
        {
            var bundle = Path.Combine(temp.Path, "model");
            var result = CvClassify.Run("train", "--data", data, "--out", bundle, "--trainer", "lbfgs", "--features", "ngrams", "--folds", "2", "--seed", "1");
            Require(result, input);
            if (result.ExitCode == ExitCodes.Ok)
            {
                ModelBundleStore.Load(bundle);
            }
        }));

    [FuzzProperty(MaxTest = TrainingRuns)]
    public Property Evaluate_OnAnyDamagedMonth_KeepsTheContract() =>
        Prop.ForAll(InputGenerators.SmallMonths(), input => InDataFolder(input, (data, _) =>
            Require(CvClassify.Run("evaluate", "--data", data, "--model", model.ModelPath, "--folds", "2", "--seed", "1"), input)));

    [FuzzProperty(MaxTest = 25)]
    public Property Review_WithAnyDamagedLedger_KeepsTheContractAndLeavesTheLedgerAsItWas() =>
        Prop.ForAll(InputGenerators.Ledgers(), input =>
        {
            using var temp = new TempDirectory();
            var list = temp.Copy(Repository.March);
            var ledger = temp.PathOf("decisions.jsonl");
            File.WriteAllBytes(ledger, input.Bytes);

            Require(CvClassify.Run("review", list, "--ledger", ledger, "--format", "json", "--model", model.ModelPath), input);

            return File.ReadAllBytes(ledger).AsSpan().SequenceEqual(input.Bytes)
                ? true
                : throw new InvalidOperationException($"review changed the ledger, for {input} ({FuzzSeed.HowToReplay})");
        });

    private static bool InDataFolder(DamagedInput input, Action<string, TempDirectory> run)
    {
        using var temp = new TempDirectory();
        var data = Directory.CreateDirectory(temp.PathOf("data")).FullName;
        File.WriteAllBytes(Path.Combine(data, "Top CV Papers in April 2024.md"), input.Bytes);
        File.WriteAllText(Path.Combine(data, "Top CV Papers in May 2024.md"), InputGenerators.IntactSmallMonth());
        run(data, temp);
        return true;
    }

    private static void Require(CliResult result, DamagedInput input)
    {
        if (!Contract.Holds(result, out var why))
        {
            throw new InvalidOperationException($"{why} for {input} ({FuzzSeed.HowToReplay}): {result.Error}");
        }
    }
}
