using System.CommandLine;
using Classifier.Core.Papers;
using Classifier.Core.Papers.Inputs;
using Classifier.Core.Tagging;
using Classifier.Core.Tagging.Outputs;
using Classifier.Core.Text;

namespace Classifier.Cli.Commands;

/// <summary><c>tag inputs... [--format table|jsonl|csv] [--top k] [--explain] [--model dir]</c>: ranked categories for new papers.</summary>
internal static class TagCommand
{
    // The nine categories and out of scope: what a model trained on data/ can rank.
    private static readonly int Outcomes = Taxonomy.Categories.Count + 1;

    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files of papers: .csv, .tsv, .jsonl/.ndjson, .atom/.xml (arXiv API) or .md (a monthly list); "
                + "a folder (its files, sorted by name), a pattern such as 'inputs/*.csv', or '-' for standard input (with --input-format).",
            Arity = ArgumentArity.OneOrMore,
        };
        var inputFormat = new Option<string?>("--input-format")
        {
            Description = "Read every input as this format instead of guessing from the extension.",
        };
        inputFormat.AcceptOnlyFromAmong([.. InputFormatDetector.Names]);
        var format = CommonOptions.Format("table", "jsonl", "csv");
        var top = new Option<int>("--top", "-k")
        {
            Description = $"How many ranked outcomes to show per paper (1-{Outcomes}: the nine categories and out of scope).",
            DefaultValueFactory = _ => 3,
        }.InRange(1, Outcomes);
        var explain = new Option<bool>("--explain")
        {
            Description = "jsonl and csv: also write the n-grams behind the top category and the nearest labelled papers (the table always shows them).",
        };
        var model = CommonOptions.Model();
        var command = new Command("tag", "Tag papers with their most likely categories, or say that no category fits.")
        {
            inputs, inputFormat, format, top, explain, model,
        };
        command.SetAction(parse => Run(
            context,
            parse.GetRequiredValue(inputs),
            parse.GetValue(inputFormat),
            parse.GetRequiredValue(format),
            parse.GetValue(top),
            parse.GetValue(explain),
            parse.RequireModel(model, context)));
        return command;
    }

    private static int Run(CliContext context, string[] inputs, string? inputFormat, string format, int top, bool explain, string model)
    {
        // Reasons and neighbours cost time per paper; they are computed only for an output that shows them.
        explain |= format == "table";
        var tagger = PaperTagger.Load(model, explain);
        var papers = PaperInputs.Read(context, inputs, inputFormat);
        var tagged = 0;
        var results = tagger.Tag(papers).Select(result => { tagged++; return result; });
        switch (format)
        {
            case "jsonl":
                new TagResultJsonLinesWriter { Explain = explain }.Write(results, context.Output, top);
                break;
            case "csv":
                new TagResultCsvWriter { Explain = explain }.Write(results, context.Output, top);
                break;
            default:
                TagResultsTable.Render(context.OutputConsole(), results, top);
                break;
        }
        if (tagged == 0)
        {
            // Every format's empty output is valid (no lines, a header, an empty table); the note says it was not a fault.
            context.Error.WriteLine($"note: no papers in {TerminalText.Escape(string.Join(", ", inputs))}");
        }
        return ExitCodes.Ok;
    }
}
