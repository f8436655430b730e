using System.CommandLine;
using Classifier.Core.Evaluation;
using Classifier.Core.Learning.Features.Embeddings;
using Classifier.Core.Learning.Bundles;
using Classifier.Core.Learning.Candidates;
using Classifier.Core.Text;
using Spectre.Console;

namespace Classifier.Cli.Commands;

/// <summary><c>evaluate [--data dir] [--model dir] [--seed n] [--html report.html]</c>: measure the model's configuration on the data.</summary>
internal static class EvaluateCommand
{
    public static Command Create(CliContext context)
    {
        var data = CommonOptions.Data();
        var model = CommonOptions.Model();
        var seed = CommonOptions.Seed();
        var folds = CommonOptions.Folds();
        var html = new Option<string?>("--html")
        {
            Description = "Also write a self-contained HTML report with the confusion matrices.",
            HelpName = "file",
        };
        // Fail before minutes of cross-validation, not after.
        html.Validators.Add(result =>
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(context.Resolve(result.GetValueOrDefault<string?>() ?? ".")));
            if (folder is not null && !Directory.Exists(folder))
            {
                result.AddError($"--html: the folder {folder} does not exist");
            }
        });
        var command = new Command("evaluate", "Cross-validate the model's configuration and hold out the latest month; print per-category metrics.")
        {
            data, model, seed, folds, html,
        };
        command.SetAction(parse =>
        {
            var modelDirectory = parse.FindModel(model, context);
            // Evaluation needs the configuration and calibration only, not the model itself.
            var current = modelDirectory is null ? null : ModelBundleStore.LoadMetadata(modelDirectory);
            var options = Configuration(current, parse.GivenValue(seed));
            var evaluation = Progress.Run(context, "Evaluating", progress =>
                DataEvaluator.Evaluate(
                    parse.FindData(data, context) ?? context.Resolve(CommonOptions.DefaultData), options, parse.GetValue(folds), progress,
                    gate: current?.Gate?.Options is { } gate ? gate with { Seed = options.Seed } : null,
                    encoder: current?.Encoder?.Weights ?? EncoderWeights.Fp32));
            Report(context, evaluation, parse.GetValue(html));
            if (current is not null)
            {
                // Calibration is fitted at training time, so it is the current model's, not re-measured here.
                ModelTables.RenderCalibration(context.OutputConsole(), current.Calibration, current.Threshold);
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    // The configuration the current model was trained with (its seed unless one is given); the default one without a model.
    private static TrainingOptions Configuration(BundleMetadata? current, int? seed)
    {
        var options = current?.Options ?? new TrainingOptions();
        return seed is { } given ? options with { Seed = given } : options;
    }

    private static void Report(CliContext context, DataEvaluation evaluation, string? html)
    {
        if (evaluation.CacheProblem is { } problem)
        {
            context.Error.WriteLine($"warning: {TerminalText.Escape(problem)}");
        }
        var console = context.OutputConsole();
        console.WriteLine($"Configuration: {evaluation.Options}");
        if (evaluation.Gate is { } gate)
        {
            console.WriteLine($"Out-of-scope gate: {gate.Describe()}");
        }
        foreach (var report in evaluation.Reports)
        {
            EvaluationTables.Render(console, report);
        }
        if (evaluation.AgainstReference is { } against)
        {
            EvaluationTables.Render(console, against, $"Held-out month against the n-gram model ({evaluation.Reference})", "N-gram F1");
        }
        if (evaluation.Shapes is { } shapes)
        {
            ShapeTables.Render(console, "Per input shape, leave one month out (every month)", shapes.CrossValidation);
            ShapeTables.Render(console, $"Per input shape, {shapes.HeldOutMonth} held out (trained on the other months)", shapes.HeldOut);
        }
        if (html is not null)
        {
            var reports = evaluation.Reports.Select(ConfusionMatrixReport.From).ToList();
            new ConfusionMatrixHtmlWriter().WriteFile("cvclassify evaluation", reports, context.Resolve(html));
            console.WriteLine($"Wrote the HTML report to {html}.");
        }
    }
}
