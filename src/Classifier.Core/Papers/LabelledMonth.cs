namespace Classifier.Core.Papers;

/// <summary>The labelled papers of one monthly list, in list order.</summary>
public sealed record LabelledMonth(Month Month, string File, IReadOnlyList<Paper> Papers);
