namespace Classifier.Core.Papers;

/// <summary>Where something was read from, so every finding can point at it (1-based line).</summary>
public readonly record struct SourceLocation(string File, int Line)
{
    public override string ToString() => $"{File}:{Line}";
}
