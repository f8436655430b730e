using System.Globalization;
using System.Text;

namespace Classifier.Core.Text;

/// <summary>Makes text from an input safe to print on a terminal: control characters (ESC sequences, bells, carriage returns) shown as escapes.</summary>
public static class TerminalText
{
    /// <summary>The text with every control character but newline and tab written as <c>\u001B</c> and the like.</summary>
    public static string Escape(string text)
    {
        if (!text.Any(IsUnsafe))
        {
            return text;
        }
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(IsUnsafe(c) ? $"\\u{((int)c).ToString("X4", CultureInfo.InvariantCulture)}" : c.ToString());
        }
        return escaped.ToString();
    }

    // C0 and C1 controls and DEL can move the cursor, retitle the window or hide text; bidi overrides reorder it.
    private static bool IsUnsafe(char c) =>
        (char.IsControl(c) && c is not '\n' and not '\t') || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
