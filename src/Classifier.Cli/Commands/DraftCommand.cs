using System.CommandLine;
using Classifier.Core.Drafting;
using Classifier.Core.Learning.Bundles;
using Classifier.Core.Lists;
using Classifier.Core.Papers;
using Classifier.Core.Papers.Inputs;
using Classifier.Core.Review;
using Classifier.Core.Tagging;

namespace Classifier.Cli.Commands;

/// <summary><c>draft inputs... --month yyyy-MM [--out file] [--report file] [--template list.md] [--force]</c>: a month's list from incoming papers.</summary>
internal static class DraftCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files of incoming papers, read as 'tag' reads them: .csv, .tsv, .jsonl/.ndjson, .atom/.xml (arXiv API).",
            Arity = ArgumentArity.OneOrMore,
        };
        var month = new Option<string>("--month")
        {
            Description = "The month the list covers, as yyyy-MM (2023-10).",
            Required = true,
            HelpName = "yyyy-MM",
        };
        month.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && Month.ParseIso(result.Tokens[^1].Value) is null)
            {
                result.AddError($"--month must be a month as yyyy-MM, such as 2023-10 (got {result.Tokens[^1].Value})");
            }
        });
        var output = new Option<string?>("--out", "-o") { Description = "Write the list to this file (default: stdout); an existing file needs --force.", HelpName = "file" };
        var report = new Option<string?>("--report") { Description = "Write the report of papers left out and in doubt as JSON to this file (default: a short text on stderr).", HelpName = "file" };
        var template = new Option<string?>("--template") { Description = "An earlier list whose title, intro text and contents-link page to reuse (default: a neutral intro).", HelpName = "list.md" };
        var force = new Option<bool>("--force") { Description = "Replace an existing --out or --report file, keeping the old one as file.bak." };
        var inputFormat = new Option<string?>("--input-format") { Description = "Read every input as this format instead of guessing from the extension." };
        inputFormat.AcceptOnlyFromAmong([.. InputFormatDetector.Names]);
        var model = CommonOptions.Model();
        var data = CommonOptions.Data();
        var command = new Command("draft", "Draft a month's list from incoming papers: each under its proposed category, the rest reported.")
        {
            inputs, month, output, report, template, force, inputFormat, model, data,
        };
        command.SetAction(parse =>
        {
            var outPath = parse.GetValue(output) is { } o ? context.Resolve(o) : null;
            var reportPath = parse.GetValue(report) is { } r ? context.Resolve(r) : null;
            var forced = parse.GetValue(force);
            // Refused before the papers are tagged, which is the slow part.
            new[] { outPath, reportPath }.OfType<string>().ToList().ForEach(p => DraftWriter.EnsureMayWrite(p, forced));
            var settings = Settings(context, parse, Month.ParseIso(parse.GetRequiredValue(month))!.Value, outPath, template, data);
            var bundle = ModelBundleStore.Load(parse.RequireModel(model, context));
            var papers = PaperInputs.Read(context, parse.GetRequiredValue(inputs), parse.GetValue(inputFormat));
            // The same misfile and out-of-scope checks review runs with this model, so the draft passes them.
            var draft = ListDrafter.Draft(
                new PaperTagger(bundle).Tag(papers), settings, list => [.. MisfileDetector.Detect(bundle, list), .. OutOfScopeDetector.Detect(bundle, list)]);
            return Write(context, draft, outPath, reportPath, forced);
        });
        return command;
    }

    private static DraftSettings Settings(CliContext context, ParseResult parse, Month month, string? outPath, Option<string?> template, Option<string> data)
    {
        var fileName = outPath is null ? DraftTemplate.FileNameFor(month) : Path.GetFileName(outPath);
        var earlier = parse.GetValue(template) is { } t ? ListParser.Read(context.Resolve(t)) : null;
        var file = outPath ?? fileName;
        return new DraftSettings(
            month,
            file,
            earlier is null ? DraftTemplate.Neutral(month, fileName) : DraftTemplate.From(earlier, month, fileName),
            ListReviewer.OtherLists(parse.FindData(data, context), file));
    }

    private static int Write(CliContext context, MonthDraft draft, string? outPath, string? reportPath, bool force)
    {
        if (!draft.Entries.Any())
        {
            var reasons = draft.LeftOut.GroupBy(l => l.ReasonId).Select(g => $"{g.Count()} {g.Key}");
            UserErrors.Write(context.Error, $"nothing to draft for {draft.Month}: all {draft.LeftOut.Count} paper(s) were left out ({string.Join(", ", reasons)})");
            return ExitCodes.BadInput;
        }
        if (draft.Blocking.Count > 0)
        {
            var first = draft.Blocking[0];
            UserErrors.Write(context.Error, $"the draft for {draft.Month} would not pass review ({draft.Blocking.Count} error(s) or warning(s)), so it was not written; "
                + $"first: line {first.Location.Line}: {first.RuleId}: {first.Message}");
            return ExitCodes.FindingsAtOrAboveThreshold;
        }
        if (outPath is null)
        {
            context.Output.Write(draft.Text);
        }
        else
        {
            var backup = DraftWriter.Write(outPath, draft.Text, force);
            context.Error.WriteLine(backup is null ? $"Wrote {outPath}." : $"Wrote {outPath} (the previous one is in {backup}).");
        }
        if (reportPath is null)
        {
            DraftReportWriter.WriteText(draft, context.Error);
        }
        else
        {
            var text = new StringWriter();
            DraftReportWriter.WriteJson(draft, outPath, text);
            DraftWriter.Write(reportPath, text.ToString(), force);
        }
        return ExitCodes.Ok;
    }
}
