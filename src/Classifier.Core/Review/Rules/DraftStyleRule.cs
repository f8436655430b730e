using Classifier.Core.Lists;
using Classifier.Core.Papers;

namespace Classifier.Core.Review.Rules;

/// <summary>Notes a draft's habits that read fine but differ from the published lists: heading style, categories as bold rows, placeholder rows.</summary>
internal sealed class DraftStyleRule : IListRule
{
    public IEnumerable<Finding> Check(MonthlyList list, IReadOnlyList<MonthlyList> otherLists)
    {
        var lines = list.SourceText.Split('\n');
        foreach (var section in list.Sections.Where(s => s.Category is not null))
        {
            var raw = section.Line - 1 < lines.Length ? lines[section.Line - 1].Trim() : "";
            if (Habits(section, raw) is { Count: > 0 } habits)
            {
                var category = section.Category!;
                yield return new Finding("heading-style", Severity.Info, new SourceLocation(list.File, section.Line),
                    $"Heading \"{section.Heading}\" {string.Join(" and ", habits)}.",
                    $"The lists write '<h4 align=\"left\">{category.Number}. {category.Name} </h4>' above the category's own table.");
            }
        }
        foreach (var line in list.PlaceholderLines)
        {
            yield return new Finding("placeholder-row", Severity.Info, new SourceLocation(list.File, line),
                "The row is an empty placeholder; it holds no paper.", "Fill it in or remove it.");
        }
    }

    private static List<string> Habits(ListSection section, string raw)
    {
        if (raw.StartsWith('|'))
        {
            return ["is a bold row inside a table"];
        }
        var habits = new List<string>();
        if (!char.IsDigit(section.Heading.FirstOrDefault()))
        {
            habits.Add("has no number");
        }
        if (section.Heading.EndsWith(':'))
        {
            habits.Add("ends with a colon");
        }
        if (raw.StartsWith('#') && raw.EndsWith('#'))
        {
            habits.Add("closes with '#'s");
        }
        return habits;
    }
}
