using System.CommandLine;
using Classifier.Cli.Interactive;
using Classifier.Core.Learning.Bundles;
using Classifier.Core.Review;
using Classifier.Core.Review.Decisions;
using Classifier.Core.Review.Reports;

namespace Classifier.Cli.Commands;

/// <summary><c>review list.md [--format ...] [--fail-on ...] [--interactive] [--all] [--no-misfiles] [--model dir] [--data dir] [--ledger file]</c>: structural faults and likely misfiles.</summary>
internal static class ReviewCommand
{
    public static Command Create(CliContext context)
    {
        var list = new Argument<string>("list") { Description = "The monthly Markdown list to review." };
        var format = CommonOptions.Format("table", "markdown", "json", "github", "sarif", "html");
        var failOn = new Option<string>("--fail-on")
        {
            Description = "Exit with 1 when a finding at or above this severity exists.",
            DefaultValueFactory = _ => "error",
        };
        failOn.AcceptOnlyFromAmong("info", "warning", "error");
        var interactive = new Option<bool>("--interactive", "-i")
        {
            Description = "Decide on each misfile flag at the terminal (accept, reject, another category, skip, undo, quit); decisions go to the ledger.",
        };
        var all = new Option<bool>("--all") { Description = "Also show misfile flags a curator rejected (the decisions ledger hides them)." };
        var noMisfiles = new Option<bool>("--no-misfiles")
        {
            Description = $"Check the structure only. Without it, a review that finds no model bundle exits with {ExitCodes.CheckNotRun} after its findings.",
        };
        var model = CommonOptions.Model();
        var data = CommonOptions.Data();
        var ledger = LedgerOptions.Ledger();
        var command = new Command("review", "Review a monthly list: broken structure, and papers that look filed under the wrong category.")
        {
            list, format, failOn, interactive, all, noMisfiles, model, data, ledger,
        };
        command.SetAction(parse =>
        {
            var path = context.Resolve(parse.GetRequiredValue(list));
            var dataFolder = parse.FindData(data, context);
            var ledgerFile = parse.Ledger(ledger, dataFolder, path, context);
            var modelFolder = parse.GetValue(noMisfiles) ? null : parse.FindModel(model, context);
            if (parse.GetValue(interactive))
            {
                var inputs = new InteractiveInputs(parse.GetRequiredValue(list), path, dataFolder, modelFolder, ledgerFile);
                return InteractiveReview.Start(context, inputs, l => parse.Decisions(ledger, ledgerFile, l, context));
            }
            var bundle = modelFolder is null ? null : ModelBundleStore.Load(modelFolder);
            var review = ListReviewer.Review(path, ListReviewer.OtherLists(dataFolder, path), bundle);
            var decisions = parse.Decisions(ledger, ledgerFile, review.List, context);
            review = RejectionFilter.Apply(review, decisions, parse.GetValue(all));
            Write(context, review, parse.GetRequiredValue(format));
            if (dataFolder is null)
            {
                context.Error.WriteLine($"note: not compared with other months' lists: no data folder (pass --data or set ${ModelLocator.DataVariable})");
            }
            if (!review.CheckedMisfiles && !parse.GetValue(noMisfiles))
            {
                context.Error.WriteLine($"warning: misfiles not checked: no model bundle found (looked at {ModelLocator.ModelLookup}); pass --model, or --no-misfiles to check the structure only");
                return ExitCodes.CheckNotRun;
            }
            return review.HasFindingsAtOrAbove(Enum.Parse<Severity>(parse.GetRequiredValue(failOn), ignoreCase: true))
                ? ExitCodes.FindingsAtOrAboveThreshold
                : ExitCodes.Ok;
        });
        return command;
    }

    private static void Write(CliContext context, ListReview review, string format)
    {
        if (format == "table")
        {
            FindingsTable.Render(context.OutputConsole(), review.Findings);
            if (review.HiddenRejections > 0)
            {
                context.Output.WriteLine(HiddenNote(review));
            }
            return;
        }
        if (format == "html")
        {
            new HtmlReviewWriter().Write(review, SuggestedDiffs.For(review), context.Output);
            return;
        }
        var writer = FindingsWriters.For(format switch
        {
            "markdown" => FindingsFormat.Markdown,
            "json" => FindingsFormat.Json,
            "sarif" => FindingsFormat.Sarif,
            _ => FindingsFormat.GitHub,
        });
        writer.Write(review.Findings, context.Output);
        if (review.HiddenRejections > 0)
        {
            context.Error.WriteLine($"note: {HiddenNote(review)}");
        }
    }

    private static string HiddenNote(ListReview review) =>
        $"{review.HiddenRejections} misfile flag(s) hidden: a curator rejected them and the model is not much surer now (--all shows them).";
}
