namespace Classifier.Core.Papers;

/// <summary>One of the nine categories of the monthly lists, by its number (1-9) and canonical name.</summary>
public sealed record Category(int Number, string Name)
{
    public override string ToString() => Name;
}
