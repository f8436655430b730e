using Classifier.Core.Lists;

namespace Classifier.Core.Review.Decisions;

/// <summary>Which list a ledger record is about: its month, or its file name when the list's title names no month.</summary>
internal sealed record ListKey(string FileName, string Month)
{
    public static ListKey Of(MonthlyList list) =>
        new(Path.GetFileName(list.File), list.Month is { } month ? $"{month.Year:0000}-{month.Number:00}" : "");

    // The month identifies a monthly list even when its file is renamed or copied.
    public bool Matches(DecisionRecord record) =>
        Month != "" ? record.Month == Month : record.Month == "" && record.List == FileName;

    public override string ToString() => Month != "" ? $"{FileName} ({Month})" : FileName;
}
