using Classifier.Core.Papers;

namespace Classifier.Core.Review;

/// <summary>One thing a review found in a list: a rule, where, why, and what to do about it.</summary>
/// <param name="RuleId">Stable kebab-case id such as "toc-target" or "misfile".</param>
/// <param name="Score">Ranking weight within a severity (e.g. misfile probability); 1 for structural findings.</param>
/// <param name="PaperId">The paper the finding is about, when it is about one (its arXiv id or title).</param>
/// <param name="ProposedCategory">For misfiles and moves: the category the paper should be filed under.</param>
/// <param name="Evidence">For misfiles: the probabilities and reasons behind the flag.</param>
public sealed record Finding(
    string RuleId,
    Severity Severity,
    SourceLocation Location,
    string Message,
    string SuggestedFix,
    double Score = 1.0,
    string? PaperId = null,
    Category? ProposedCategory = null,
    MisfileEvidence? Evidence = null);
