namespace Classifier.Core.Tagging;

/// <summary>
/// The calibrated gap between the first and second category below which the second is named too ("X, or Y"), fitted out of
/// fold: the widest gap at which, among the in-scope papers with a gap that narrow, the second choice was the listed category
/// for at least <see cref="MinSecondRight"/> of them and at least <see cref="MinSecondToFirst"/> times as often as the first.
/// </summary>
/// <param name="Margin">p(first) - p(second), calibrated, below which the second category also fits.</param>
/// <param name="Share">Out-of-fold in-scope papers whose gap is below the margin.</param>
/// <param name="FirstRight">Among those, how often the first category was the listed one.</param>
/// <param name="SecondRight">Among those, how often the second category was the listed one.</param>
public sealed record AlsoFitsMargin(double Margin, double Share, double FirstRight, double SecondRight)
{
    public const double MinSecondRight = 0.25;

    /// <summary>The doubt must be real: on data/ the second choice is right for about 30% of papers at any gap, so the share alone named it for a quarter of all papers.</summary>
    public const double MinSecondToFirst = 0.6;

    /// <summary>Whether the second category is named beside the first.</summary>
    public bool AlsoFits(double first, double second) => first - second < Margin;
}
