using Classifier.Core.Papers;

namespace Classifier.Core.Lists;

/// <summary>One table row of a list: the paper read from it plus the raw facts a structural review needs.</summary>
/// <param name="CellCount">Cells written in the source row (3 in a well-formed row).</param>
/// <param name="FirstLine">1-based first source line of the row.</param>
/// <param name="LastLine">1-based last source line; larger than FirstLine when the row was split over lines.</param>
/// <param name="RawText">The source text of the row, all its lines joined by '\n'.</param>
/// <param name="Cells">The raw text of each written cell, trimmed.</param>
internal sealed record ListRow(Paper Paper, int CellCount, int FirstLine, int LastLine, string RawText, IReadOnlyList<string> Cells)
{
    public const int ExpectedCells = 3;

    public bool IsSplit => LastLine > FirstLine;

    public bool IsWellFormed => CellCount == ExpectedCells && !IsSplit;
}
