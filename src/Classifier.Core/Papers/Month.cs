using System.Globalization;
using System.Text.RegularExpressions;

namespace Classifier.Core.Papers;

/// <summary>A calendar month that a list covers, e.g. March 2023.</summary>
public readonly partial record struct Month(int Year, int Number) : IComparable<Month>
{
    public int CompareTo(Month other) => (Year * 12 + Number).CompareTo(other.Year * 12 + other.Number);

    /// <summary>The yymm prefix that new-style arXiv ids of this month carry (2303 for March 2023).</summary>
    public string ArxivPrefix => $"{Year % 100:00}{Number:00}";

    /// <summary>yyyy-MM, as bundles record months.</summary>
    public string Iso => $"{Year:0000}-{Number:00}";

    public override string ToString() =>
        new DateTime(Year, Number, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>Reads "March 2023" out of a title or file name; null when none is there.</summary>
    public static Month? FindIn(string text)
    {
        var match = MonthYear().Match(text);
        if (!match.Success)
        {
            return null;
        }
        var date = DateTime.ParseExact($"{match.Groups[1].Value} {match.Groups[2].Value}", "MMMM yyyy", CultureInfo.InvariantCulture);
        return new Month(date.Year, date.Month);
    }

    /// <summary>Reads a month written as yyyy-MM ("2023-10"); null for anything else.</summary>
    public static Month? ParseIso(string text) =>
        DateTime.TryParseExact(text.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new Month(date.Year, date.Month)
            : null;

    /// <summary>The month as yyyy-MM ("2023-10").</summary>
    public string ToIso() => $"{Year:0000}-{Number:00}";

    [GeneratedRegex(@"\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthYear();
}
