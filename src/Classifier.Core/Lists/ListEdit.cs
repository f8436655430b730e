using Classifier.Core.Papers;

namespace Classifier.Core.Lists;

/// <summary>A change to make when a list is written back.</summary>
internal abstract record ListEdit;

/// <summary>Moves a paper's row to the end of another category's table.</summary>
internal sealed record MovePaper(string PaperId, Category Category) : ListEdit;

/// <summary>Points the contents link on a line at its own section.</summary>
internal sealed record RetargetTocLink(int Line) : ListEdit;

/// <summary>Swaps a row's paper and project links.</summary>
internal sealed record SwapLinks(string PaperId) : ListEdit;
