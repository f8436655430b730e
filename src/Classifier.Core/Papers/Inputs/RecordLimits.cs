namespace Classifier.Core.Papers.Inputs;

/// <summary>The most one input record may hold, so that memory stays bounded whatever the input.</summary>
public static class RecordLimits
{
    /// <summary>The largest record (a JSON line, a CSV field, an Atom entry) read: a paper's title and abstract are a few KB.</summary>
    public const int MaxRecordChars = 1024 * 1024;

    /// <summary>The reason to report for an oversized record.</summary>
    public static string TooLarge(string what) => $"{what} is longer than {MaxRecordChars / (1024 * 1024)} MB; records that large are refused";
}
