namespace Classifier.Core.Review.Decisions;

/// <summary>What a curator decided about a misfile flag; skipping is not a decision and is never recorded.</summary>
public enum DecisionKind
{
    Accepted,
    Rejected,
    MovedElsewhere,

    /// <summary>Takes back the paper's previous decision on the same flag (the ledger only appends, so undo is a record too).</summary>
    Undone,
}
