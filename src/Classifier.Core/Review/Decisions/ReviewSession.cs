using Classifier.Core.Lists;
using Classifier.Core.Papers;

namespace Classifier.Core.Review.Decisions;

/// <summary>
/// A curator's pass over a list's undecided misfile flags, best first. Each decision goes to the ledger at once (so quitting
/// or a crash keeps it); the moves are written to the list once, when the session finishes.
/// </summary>
internal sealed class ReviewSession
{
    private readonly ListReview _review;
    private readonly DecisionRecorder _recorder;
    private readonly Stack<(int Position, DecisionRecord? Record)> _history = new();
    private readonly Dictionary<string, DecisionRecord> _moves = new(StringComparer.Ordinal);

    public ReviewSession(ListReview review, ListDecisions decisions, DecisionRecorder recorder)
    {
        _review = review;
        _recorder = recorder;
        Flags = [.. review.Findings.Where(f => f is { PaperId: not null, Evidence: not null, ProposedCategory: not null } && decisions.On(f) is null)
            .OrderByDescending(f => f.Score)];
    }

    /// <summary>The flags no decision covers yet, most likely misfile first.</summary>
    public IReadOnlyList<Finding> Flags { get; }

    public int Position { get; private set; }

    /// <summary>The flag to decide now; null when every flag has been seen.</summary>
    public Finding? Current => Position < Flags.Count ? Flags[Position] : null;

    public bool CanUndo => _history.Count > 0;

    /// <summary>Decisions recorded in this session and not undone.</summary>
    public int Decided => _history.Count(h => h.Record is not null);

    /// <summary>The categories the current paper can be moved to: those with a table in the list, other than where it is filed.</summary>
    public IReadOnlyList<Category> Targets =>
        Current is { Evidence: { } evidence }
            ? [.. Taxonomy.Categories.Where(c => c.Name != evidence.Current && _review.List.SectionFor(c) is { TableLine: > 0 })]
            : [];

    /// <summary>The current paper's title as the list gives it.</summary>
    public string Title => CurrentPaper?.Title ?? Current?.PaperId ?? "";

    /// <summary>The paper the current flag is about, as the list holds it (summary, links); null when no flag is current.</summary>
    public Paper? CurrentPaper => Current is { PaperId: { } id } ? _review.List.FindRow(id)?.Paper : null;

    /// <summary>Whether the proposed category has a table to move the current paper into.</summary>
    public bool CanAccept => Current?.ProposedCategory is { } proposed && Targets.Contains(proposed);

    public void Accept()
    {
        if (!CanAccept)
        {
            throw new InvalidOperationException($"the list has no table for {Current?.ProposedCategory?.Name} to move the paper into");
        }
        Decide(DecisionKind.Accepted, null);
    }

    public void Reject() => Decide(DecisionKind.Rejected, null);

    /// <summary>Moves the paper to <paramref name="category"/>: the proposed one counts as accepting the flag.</summary>
    public void MoveTo(Category category)
    {
        if (!Targets.Contains(category))
        {
            throw new ArgumentException($"cannot move to {category.Name}: the list has no table for it, or the paper is already there", nameof(category));
        }
        Decide(category == Current!.ProposedCategory ? DecisionKind.Accepted : DecisionKind.MovedElsewhere, category);
    }

    /// <summary>Leaves the flag undecided (nothing is recorded) and goes on.</summary>
    public void Skip()
    {
        RequireCurrent();
        _history.Push((Position, null));
        Position++;
    }

    /// <summary>Takes back the last decision or skip (an undone decision is recorded as such) and returns to its flag.</summary>
    public void Undo()
    {
        var (position, record) = _history.Pop();
        if (record is not null)
        {
            _recorder.Undo(record);
            _moves.Remove(record.PaperId);
        }
        Position = position;
    }

    /// <summary>
    /// Writes the accepted moves to the list in one safe write (temp file, rename, <c>.bak</c>) and returns how many papers moved.
    /// Refuses when the list changed on disk since it was read: its decisions are in the ledger, so nothing is lost.
    /// </summary>
    public int Finish()
    {
        if (_moves.Count == 0)
        {
            return 0;
        }
        var list = _review.List;
        if (ListFileReader.ReadText(list.File) != list.SourceText)
        {
            throw new IOException($"{list.File}: changed on disk during the review; the decisions are in {_recorder.Ledger.Path}, the moves were not written ('cvclassify fix' lists them)");
        }
        // Only the curator's moves: structural repairs are for 'fix', where they show in the diff first.
        Backup = ListWriter.Write(list, _moves.Values.Select(m => new MovePaper(m.PaperId, Taxonomy.Find(m.Chosen!)!)), list.File, repairRows: false);
        return _moves.Count;
    }

    /// <summary>The backup <see cref="Finish"/> really wrote (<c>.bak</c> the first time, then <c>.bak.1</c>, ...); null before it wrote one.</summary>
    public string? Backup { get; private set; }

    private void Decide(DecisionKind decision, Category? chosen)
    {
        var flag = RequireCurrent();
        var record = _recorder.Record(flag, decision, chosen);
        if (record.Moves)
        {
            _moves[record.PaperId] = record;
        }
        _history.Push((Position, record));
        Position++;
    }

    private Finding RequireCurrent() => Current ?? throw new InvalidOperationException("every flag has been seen");
}
