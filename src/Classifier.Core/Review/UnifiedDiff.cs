using DiffPlex.Renderer;

namespace Classifier.Core.Review;

/// <summary>A unified diff between a file's text and its corrected text, as git and patch read it.</summary>
internal static class UnifiedDiff
{
    public static string Between(string oldText, string newText, string file) =>
        UnidiffRenderer.GenerateUnidiff(
            WithoutFinalNewline(oldText), WithoutFinalNewline(newText), $"a/{file}", $"b/{file}",
            ignoreWhitespace: false, ignoreCase: false, contextLines: 3);

    // DiffPlex counts the empty string after a final newline as a line, which patch then cannot find.
    private static string WithoutFinalNewline(string text) => text.EndsWith('\n') ? text[..^1] : text;
}
