using System.CommandLine;
using Classifier.Core.Evaluation;
using Classifier.Core.Learning;
using Classifier.Core.Review.Decisions;
using Spectre.Console;
using Classifier.Core.Text;

namespace Classifier.Cli.Commands;

/// <summary><c>train [--data dir] [--out dir] [--seed n]</c>: retrain on every labelled month and report what changed.</summary>
internal static class TrainCommand
{
    public static Command Create(CliContext context)
    {
        var data = CommonOptions.Data();
        var output = new Option<string>("--out", "-o")
        {
            Description = "Where to write the model bundle (replaced atomically).",
            DefaultValueFactory = _ => CommonOptions.DefaultModel,
            HelpName = "dir",
        };
        var seed = CommonOptions.Seed();
        var trainer = new Option<string>("--trainer")
        {
            Description = "'current' retrains the current model's configuration (seconds); 'all' compares every candidate "
                + "by cross-validation and keeps the best (about a minute); 'sdca', 'lbfgs' or 'fasttree' compares that trainer's candidates.",
            DefaultValueFactory = _ => TrainerChoice.Current,
        };
        trainer.AcceptOnlyFromAmong([.. TrainerChoice.Names]);
        var features = new Option<string?>("--features")
        {
            Description = "Compare only configurations that read these features: 'ngrams' (fastest bulk tagging, no encoder), "
                + "'embedding' (MiniLM sentence embedding) or 'both'.",
        };
        features.AcceptOnlyFromAmong([.. TrainerChoice.FeatureNames]);
        var folds = CommonOptions.Folds();
        var command = new Command("train", "Retrain on every labelled month in the data folder; print the evaluation and the change per category.")
        {
            data, output, seed, trainer, features, folds,
        };
        command.SetAction(parse => Run(
            context,
            parse.GetRequiredValue(data),
            parse.GetRequiredValue(output),
            TrainerChoice.Options(
                parse.GetRequiredValue(trainer),
                parse.GivenValue(seed),
                parse.GetValue(folds),
                parse.GetValue(features))));
        return command;
    }

    private static int Run(CliContext context, string data, string output, Func<BundleMetadata?, LearnerOptions> options)
    {
        var result = Progress.Run(context, "Training", progress => Retrainer.Retrain(context.Resolve(data), context.Resolve(output), options, progress));
        if (result.CacheProblem is { } problem)
        {
            context.Error.WriteLine($"warning: {TerminalText.Escape(problem)}");
        }
        var console = context.OutputConsole();
        var metadata = result.Current;
        console.WriteLine($"Trained {metadata.Trainer} on {metadata.RowCount} papers from {string.Join(", ", metadata.Months)} (seed {metadata.Seed}).");
        ModelTables.RenderTrainerComparison(console, metadata);
        EvaluationTables.Render(console, metadata.CrossValidation);
        if (metadata.HeldOutMonth is { } heldOut)
        {
            EvaluationTables.Render(console, heldOut);
            if (metadata.HeldOutMonthReference is { } reference)
            {
                EvaluationTables.Render(console, ModelComparison.Compare(reference, heldOut), $"Held-out month against the n-gram model ({metadata.Reference})", "N-gram F1");
            }
        }
        ModelTables.RenderCalibration(console, metadata.Calibration, metadata.Threshold);
        ReviewPrecisionTable.Render(console, DecisionLedger.Beside(context.Resolve(data), context.Resolve(data)));
        if (result.Comparison is { } comparison)
        {
            EvaluationTables.Render(console, comparison);
        }
        else
        {
            console.WriteLine(result.PreviousProblem is null
                ? "No previous model to compare with."
                : $"No comparison: the previous model could not be read ({result.PreviousProblem}).");
        }
        console.WriteLine($"Wrote the model bundle to {output}.");
        return ExitCodes.Ok;
    }
}
