using System.CommandLine;
using Classifier.Cli.Interactive;
using Classifier.Core.Review;
using Classifier.Core.Review.Decisions;
using Classifier.Core.Review.Reports;

namespace Classifier.Cli.Commands;

/// <summary><c>review list.md [--format ...] [--fail-on ...] [--interactive] [--all] [--model dir] [--data dir] [--ledger file]</c>: structural faults and likely misfiles.</summary>
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
        var model = CommonOptions.Model();
        var data = CommonOptions.Data();
        var ledger = LedgerOptions.Ledger();
        var command = new Command("review", "Review a monthly list: broken structure, and papers that look filed under the wrong category.")
        {
            list, format, failOn, interactive, all, model, data, ledger,
        };
        command.SetAction(parse =>
        {
            var path = context.Resolve(parse.GetRequiredValue(list));
            var dataFolder = parse.OptionalFolder(data, context);
            var ledgerFile = parse.Ledger(ledger, dataFolder, path, context);
            if (parse.GetValue(interactive))
            {
                var inputs = new InteractiveInputs(parse.GetRequiredValue(list), path, dataFolder, parse.OptionalFolder(model, context), ledgerFile);
                return InteractiveReview.Start(context, inputs, l => parse.Decisions(ledger, ledgerFile, l, context));
            }
            var review = ListReviewer.Review(path, ListReviewer.OtherLists(dataFolder, path), parse.OptionalBundle(model, context));
            var decisions = parse.Decisions(ledger, ledgerFile, review.List, context);
            review = RejectionFilter.Apply(review, decisions, parse.GetValue(all));
            Write(context, review, parse.GetRequiredValue(format));
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
            if (!review.CheckedMisfiles)
            {
                context.Output.WriteLine("Misfiles not checked: no model bundle (run 'cvclassify train' or pass --model).");
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
