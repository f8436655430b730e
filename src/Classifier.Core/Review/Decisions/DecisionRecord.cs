using System.Text.Json.Serialization;

namespace Classifier.Core.Review.Decisions;

/// <summary>One line of the decisions ledger: a curator's decision on one misfile flag, with the model that raised it.</summary>
/// <param name="List">The list's file name.</param>
/// <param name="Month">The list's month as yyyy-MM, or "" when its title names none.</param>
/// <param name="Chosen">Where the paper went: the proposed category when accepted, the curator's pick when moved elsewhere.</param>
/// <param name="Score">The flag's score (1 minus the probability of the category it was filed under).</param>
/// <param name="Probability">The model's probability of the proposed category when it raised the flag.</param>
/// <param name="Model">The fingerprint of the model bundle that raised the flag.</param>
public sealed record DecisionRecord(
    string PaperId,
    string Title,
    string List,
    string Month,
    string Before,
    string Proposed,
    DecisionKind Decision,
    string? Chosen,
    double Score,
    double Probability,
    string Model,
    DateTimeOffset Time)
{
    /// <summary>Whether the decision moves the paper (accepted or moved elsewhere).</summary>
    [JsonIgnore]
    public bool Moves => Decision is DecisionKind.Accepted or DecisionKind.MovedElsewhere;
}

/// <summary>A ledger record with the 1-based line it was read from, so later messages can point at it.</summary>
public sealed record LedgerEntry(int Line, DecisionRecord Record);
