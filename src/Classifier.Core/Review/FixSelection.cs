namespace Classifier.Core.Review;

/// <summary>Which misfile suggestions a fix should act on: those accepted by paper id, and those scoring at least MinScore.</summary>
internal sealed record FixSelection(IReadOnlySet<string> AcceptedIds, double? MinScore)
{
    public static FixSelection StructuralOnly { get; } = new(new HashSet<string>(), null);

    public bool Accepts(Finding misfile) =>
        misfile.PaperId is { } id && AcceptedIds.Contains(id) || MinScore is { } min && misfile.Score >= min;
}
