namespace Classifier.Core.Papers;

/// <summary>Where something was read from, so every finding can point at it (1-based line).</summary>
public readonly record struct SourceLocation(string File, int Line) : ISpanFormattable
{
    public override string ToString() => $"{File}:{Line}";

    /// <summary>The same "file:line", whatever the format and provider.</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <summary>"file:line" written into <paramref name="destination"/> without a string of its own (tag's JSON Lines writes one per paper).</summary>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null) =>
        destination.TryWrite($"{File}:{Line}", out charsWritten);
}
