using System.CommandLine;
using Classifier.Core.Review;
using Classifier.Core.Review.Reports;

namespace Classifier.Cli.Commands;

/// <summary><c>review list.md [--format ...] [--fail-on ...] [--model dir] [--data dir]</c>: structural faults and likely misfiles.</summary>
internal static class ReviewCommand
{
    public static Command Create(CliContext context)
    {
        var list = new Argument<string>("list") { Description = "The monthly Markdown list to review." };
        var format = CommonOptions.Format("table", "markdown", "json", "github");
        var failOn = new Option<string>("--fail-on")
        {
            Description = "Exit with 1 when a finding at or above this severity exists.",
            DefaultValueFactory = _ => "error",
        };
        failOn.AcceptOnlyFromAmong("info", "warning", "error");
        var model = CommonOptions.Model();
        var data = CommonOptions.Data();
        var command = new Command("review", "Review a monthly list: broken structure, and papers that look filed under the wrong category.")
        {
            list, format, failOn, model, data,
        };
        command.SetAction(parse =>
        {
            var path = context.Resolve(parse.GetRequiredValue(list));
            var review = ListReviewer.Review(
                path,
                ListReviewer.OtherLists(parse.OptionalFolder(data, context), path),
                parse.OptionalBundle(model, context));
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
            if (!review.CheckedMisfiles)
            {
                context.Output.WriteLine("Misfiles not checked: no model bundle (run 'cvclassify train' or pass --model).");
            }
            return;
        }
        var writer = FindingsWriters.For(format switch
        {
            "markdown" => FindingsFormat.Markdown,
            "json" => FindingsFormat.Json,
            _ => FindingsFormat.GitHub,
        });
        writer.Write(review.Findings, context.Output);
    }
}
