using System.CommandLine;
using Classifier.Core.Evaluation;
using Classifier.Core.Learning;
using Classifier.Core.Learning.Bundles;
using Classifier.Core.Learning.Candidates;
using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Review.Decisions;
using Spectre.Console;
using Classifier.Core.Text;

namespace Classifier.Cli.Commands;

/// <summary><c>train [--data dir] [--out dir] [--seed n]</c>: retrain on every labelled month and report what changed.</summary>
internal static class TrainCommand
{
    /// <summary>What each --trainer value does, as help shows it; every value <see cref="TrainerChoice.Names"/> accepts has one.</summary>
    internal static readonly IReadOnlyDictionary<string, string> TrainerDescriptions = new Dictionary<string, string>
    {
        [TrainerChoice.Current] = "retrains the current model's configuration (seconds)",
        ["all"] = "compares every candidate by cross-validation and keeps the best (about a minute)",
        ["sdca"] = "compares the SDCA maximum-entropy candidates",
        ["lbfgs"] = "compares the L-BFGS maximum-entropy (multinomial logistic regression) candidates",
        ["svm"] = "compares the one-versus-all linear SVM candidates",
    };

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
            Description = string.Join("; ", TrainerChoice.Names.Select(n => $"'{n}' {TrainerDescriptions[n]}")) + ".",
            DefaultValueFactory = _ => TrainerChoice.Current,
        };
        trainer.AcceptOnlyFromAmong([.. TrainerChoice.Names]);
        var features = new Option<string?>("--features")
        {
            Description = "Compare only configurations that read these features: 'ngrams' (fastest bulk tagging, no encoder), "
                + "'embedding' (MiniLM sentence embedding) or 'both'.",
        };
        features.AcceptOnlyFromAmong([.. TrainerChoice.FeatureNames]);
        var encoder = new Option<string?>("--encoder")
        {
            Description = "The MiniLM encoder's weights: 'fp32' (the package's model) or 'int8' (its dynamic int8 quantisation, "
                + "about 0.7x the encoding CPU; docs/int8.md). Recorded in the bundle, which tag, review and evaluate then use. "
                + "Default: the weights of the bundle being replaced, else fp32.",
            HelpName = "weights",
        };
        encoder.AcceptOnlyFromAmong([.. EncoderWeights.Names]);
        var folds = CommonOptions.Folds();
        var command = new Command("train", "Retrain on every labelled month in the data folder; print the evaluation and the change per category.")
        {
            data, output, seed, trainer, features, encoder, folds,
        };
        command.SetAction(parse => Run(
            context,
            parse.FindData(data, context) ?? CommonOptions.DefaultData,
            parse.GetRequiredValue(output),
            TrainerChoice.Options(
                parse.GetRequiredValue(trainer),
                parse.GivenValue(seed),
                parse.GetValue(folds),
                parse.GetValue(features),
                parse.GetValue(encoder))));
        return command;
    }

    // The out-of-scope gate, the "also fits" margin and the per-shape figures of a format 3 bundle.
    private static void RenderGate(IAnsiConsole console, BundleMetadata metadata)
    {
        if (metadata.Gate is { } gate)
        {
            console.WriteLine($"Out-of-scope gate: {gate.Options.Describe()}; {gate.SelectionReason}.");
        }
        if (metadata.AlsoFits is { } also)
        {
            console.WriteLine($"Also fits: the second category is named when within {also.Margin:0.00} of the first (out of fold: {also.Share:P0} of in-scope papers; "
                + $"first right {also.FirstRight:0.00}, second right {also.SecondRight:0.00} among them).");
        }
        if (metadata.ShapesCrossValidation is { } cv)
        {
            ShapeTables.Render(console, "Per input shape, leave one month out", cv);
        }
        if (metadata.ShapesHeldOut is { } held)
        {
            ShapeTables.Render(console, "Per input shape, the latest month with in-scope papers held out", held);
        }
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
        RenderGate(console, metadata);
        ReviewPrecisionTable.Render(console, DecisionLedger.Beside(context.Resolve(data), context.Resolve(data)));
        if (result.Comparison is { } comparison)
        {
            EvaluationTables.Render(console, comparison, result.ComparisonHeading, "Previous F1");
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
