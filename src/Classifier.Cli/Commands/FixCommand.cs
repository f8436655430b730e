using System.CommandLine;
using Classifier.Core.Files;
using Classifier.Core.Learning.Bundles;
using Classifier.Core.Review.Decisions;
using Classifier.Core.Review;
using Classifier.Core.Text;

namespace Classifier.Cli.Commands;

/// <summary><c>fix list.md [--accept id,...] [--min-score x] [--write | --check]</c>: the corrected list as a unified diff, or written in place.</summary>
internal static class FixCommand
{
    public static Command Create(CliContext context)
    {
        var list = new Argument<string>("list") { Description = "The monthly Markdown list to fix." };
        var accept = new Option<string[]>("--accept")
        {
            Description = "Paper ids (arXiv ids, as review shows them) whose misfile suggestion to apply; comma-separated or repeated.",
            AllowMultipleArgumentsPerToken = true,
            HelpName = "id,...",
            CustomParser = result => [.. result.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))],
        };
        var minScore = new Option<double?>("--min-score")
        {
            Description = "Also apply every misfile suggestion scoring at least this (0-1).",
            HelpName = "x",
        }.InRange(0.0, 1.0);
        var write = new Option<bool>("--write")
        {
            Description = "Replace the list with the corrected one, keeping the old one as list.md.bak (or .bak.1, .bak.2 ... when older backups exist).",
        };
        var check = new Option<bool>("--check")
        {
            Description = $"Write nothing: exit {ExitCodes.ListWouldChange} when the list would change, {ExitCodes.Ok} when not, with a one-line summary on stderr (for CI).",
        };
        var model = CommonOptions.Model();
        var data = CommonOptions.Data();
        var ledger = LedgerOptions.Ledger();
        var command = new Command("fix", "Show the corrected list as a unified diff: TOC links, broken rows, swapped links, accepted moves.")
        {
            list, accept, minScore, write, check, model, data, ledger,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(write) && result.GetValue(check))
            {
                result.AddError("--check and --write cannot be used together: --check only tells whether the list would change");
            }
        });
        command.SetAction(parse =>
        {
            var given = parse.GetRequiredValue(list);
            var path = context.Resolve(given);
            // Held from reading to writing, so two fixes of one list cannot both start from the same original.
            using var held = parse.GetValue(write) && File.Exists(path) ? FileLock.Acquire(SafeFileWriter.ResolveTarget(path), "cvclassify fix --write") : null;
            var dataFolder = parse.FindData(data, context);
            var modelFolder = parse.FindModel(model, context);
            var review = ListReviewer.Review(path, ListReviewer.OtherLists(dataFolder, path), modelFolder is null ? null : ModelBundleStore.Load(modelFolder));
            var ledgerFile = parse.Ledger(ledger, dataFolder, path, context);
            var decisions = parse.Decisions(ledger, ledgerFile, review.List, context);
            var selection = new FixSelection(new HashSet<string>(parse.GetValue(accept) ?? []), parse.GetValue(minScore))
            {
                RejectedIds = RejectionFilter.HiddenIds(review, decisions),
            };
            var fix = ListFixer.Fix(review, selection);
            if (parse.GetValue(check))
            {
                return Check(context, fix, given);
            }
            ReportUndoneMoves(context, UndoneMoveFinder.Find(review.List, decisions), given);
            if (parse.GetValue(write) && fix.HasChanges)
            {
                // Recorded before the list is written: a crash between the two leaves a decision whose move a re-run makes,
                // never a move that no decision explains.
                WritableCheck.Ensure(SafeFileWriter.ResolveTarget(path));
                var recorder = new DecisionRecorder(ledgerFile, review.List, ModelFingerprint.Of(modelFolder), TimeProvider.System);
                fix.Fixed.Where(f => f.ProposedCategory is not null && decisions.On(f)?.Decision != DecisionKind.Accepted)
                    .ToList().ForEach(f => recorder.Record(f, DecisionKind.Accepted));
            }
            Report(context, fix, given, parse.GetValue(write), selection.RejectedIds);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static int Check(CliContext context, ListFix fix, string given)
    {
        if (!fix.HasChanges)
        {
            context.Error.WriteLine($"{given}: nothing to fix.");
            return ExitCodes.Ok;
        }
        var changed = UnifiedDiff.Between(fix.List.SourceText, fix.FixedText, given).Split('\n').Count(l => l.StartsWith('+') && !l.StartsWith("+++", StringComparison.Ordinal));
        context.Error.WriteLine($"{given}: would change ({fix.Fixed.Count} finding(s) fixed, {changed} line(s) written); run 'cvclassify fix' to see the diff.");
        return ExitCodes.ListWouldChange;
    }

    private static void ReportUndoneMoves(CliContext context, IReadOnlyList<UndoneMove> undone, string given)
    {
        foreach (var move in undone)
        {
            var record = move.Entry.Record;
            context.Error.WriteLine(TerminalText.Escape(
                $"note: {given}: '{record.Title}' was moved to {record.Chosen} on {record.Time:yyyy-MM-dd} ({(record.Decision == DecisionKind.Accepted ? "accepted" : "moved elsewhere")}) "
                + $"but is filed under {move.FiledUnder ?? "no category"} now"));
        }
    }

    private static void Report(CliContext context, ListFix fix, string given, bool write, IReadOnlySet<string> rejected)
    {
        foreach (var left in fix.Unaccepted)
        {
            // Papers without an arXiv id go by their title, which the shell needs quoted.
            var id = left.PaperId is { } paperId && paperId.Contains(' ') ? $"\"{paperId}\"" : left.PaperId;
            var why = left.PaperId is not null && rejected.Contains(left.PaperId)
                ? $"a curator rejected this flag; use --accept {id} to move it anyway"
                : $"use --accept {id}";
            context.Error.WriteLine(TerminalText.Escape($"hint: not moved ({why}): {left.Message}"));
        }
        foreach (var stuck in fix.Unmovable)
        {
            context.Error.WriteLine($"hint: cannot move {stuck.PaperId}: the list has no table for {stuck.ProposedCategory?.Name}");
        }
        if (!fix.HasChanges)
        {
            context.Output.WriteLine($"{given}: nothing to fix.");
            return;
        }
        context.Output.Write(UnifiedDiff.Between(fix.List.SourceText, fix.FixedText, given.Replace('\\', '/')));
        if (write)
        {
            // The diff must have gone out before the list changes: an output that fails (a full disk, a closed pipe)
            // stops the command with the list as it was, not with exit 2 over a list already rewritten.
            context.Output.Flush();
            var backup = SafeFileWriter.WriteAllText(fix.List.File, fix.FixedText, keepBackup: true);
            var target = SafeFileWriter.ResolveTarget(fix.List.File);
            var linked = target != Path.GetFullPath(fix.List.File);
            var into = linked ? $"{given} -> {target}" : given;
            var kept = linked || backup is null ? backup : given + backup[target.Length..];
            var note = kept is not null && kept.EndsWith(".bak", StringComparison.Ordinal)
                ? $"the original is in {kept}"
                : $"the previous version is in {kept}; older backups are kept";
            context.Output.WriteLine($"Wrote {into} ({fix.Fixed.Count} finding(s) fixed; {note}).");
        }
    }
}
