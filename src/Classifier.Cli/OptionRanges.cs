using System.CommandLine;
using System.CommandLine.Parsing;
using System.Numerics;

namespace Classifier.Cli;

/// <summary>Range validators for numeric options, so an out-of-range number is a usage error rather than a wrong answer.</summary>
internal static class OptionRanges
{
    /// <summary>Refuses values outside [min, max]; a token that is not a number is left to the parser's own error.</summary>
    public static Option<T> InRange<T>(this Option<T> option, T min, T max)
        where T : struct, INumber<T>
    {
        option.Validators.Add(result => Check(result, option.Name, min, max));
        return option;
    }

    /// <summary>The same for an optional value: absent is fine, given must be in range.</summary>
    public static Option<T?> InRange<T>(this Option<T?> option, T min, T max)
        where T : struct, INumber<T>
    {
        option.Validators.Add(result => Check(result, option.Name, min, max));
        return option;
    }

    private static void Check<T>(OptionResult result, string name, T min, T max)
        where T : struct, INumber<T>
    {
        // GetValueOrDefault throws when the token does not convert; the parser already reports that one.
        if (result.Tokens.Count == 0 || !T.TryParse(result.Tokens[^1].Value, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return;
        }
        if (T.IsNaN(value) || value < min || value > max)
        {
            result.AddError($"{name} must be between {min} and {max} (got {result.Tokens[^1].Value})");
        }
    }
}
