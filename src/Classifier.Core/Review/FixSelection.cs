namespace Classifier.Core.Review;

/// <summary>
/// Which misfile suggestions a fix should act on: those accepted by paper id, and those scoring at least MinScore
/// unless a curator rejected them (an explicit id still wins over a rejection).
/// </summary>
internal sealed record FixSelection(IReadOnlySet<string> AcceptedIds, double? MinScore)
{
    public static FixSelection StructuralOnly { get; } = new(new HashSet<string>(), null);

    /// <summary>Paper ids whose flag the decisions ledger hides as rejected.</summary>
    public IReadOnlySet<string> RejectedIds { get; init; } = new HashSet<string>();

    public bool Accepts(Finding misfile) =>
        misfile.PaperId is { } id && AcceptedIds.Contains(id)
        || MinScore is { } min && misfile.Score >= min && !(misfile.PaperId is { } rejected && RejectedIds.Contains(rejected));
}
