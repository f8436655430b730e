using System.Text;

namespace Classifier.Core.Papers.Inputs;

/// <summary>What one input record may hold, and the strict text decoding every input reader uses.</summary>
public static class RecordLimits
{
    /// <summary>The largest record (a JSON line, a CSV field, an Atom entry) read: a paper's title and abstract are a few KB.</summary>
    public const int MaxRecordChars = 1024 * 1024;

    /// <summary>UTF-8 that throws on invalid bytes, as lists are read, instead of turning them into U+FFFD silently.</summary>
    public static Encoding StrictUtf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The reason to report for an oversized record.</summary>
    public static string TooLarge(string what) => $"{what} is longer than {MaxRecordChars / (1024 * 1024)} MB; records that large are refused";
}
