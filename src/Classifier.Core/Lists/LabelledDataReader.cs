using Classifier.Core.Papers;

namespace Classifier.Core.Lists;

/// <summary>Reads every monthly list (*.md) in a data folder, plus its out-of-scope papers, into labelled months ordered by month.</summary>
internal static class LabelledDataReader
{
    /// <summary>Reads the folder's lists; throws <see cref="ListReadException"/> for an unreadable list or one without a month.</summary>
    /// <remarks>Out-of-scope papers join the month they are from, so holding out a month holds out its out-of-scope papers too.</remarks>
    public static LabelledData Read(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new ListReadException(folder, 0, "data folder not found");
        }
        var lists = Directory.EnumerateFiles(folder, "*.md")
            .Order(StringComparer.Ordinal)
            .Select(ListParser.Read)
            .Select(list => (List: list, Month: list.Month ?? throw new ListReadException(list.File, 1, "no month (e.g. \"March 2023\") in the title or file name")))
            .OrderBy(x => x.Month)
            .ToList();
        var outOfScopePath = Path.Combine(folder, OutOfScopeReader.FileName);
        var outOfScope = File.Exists(outOfScopePath) ? OutOfScopeReader.Read(outOfScopePath) : [];
        return new LabelledData(Merge([.. lists.Select(x => x.List.ToLabelledMonth(x.Month))], outOfScope, outOfScopePath), [.. lists.Select(x => x.List)]);
    }

    private static IReadOnlyList<LabelledMonth> Merge(List<LabelledMonth> months, IReadOnlyList<(Month Month, Paper Paper)> outOfScope, string path)
    {
        foreach (var group in outOfScope.GroupBy(x => x.Month))
        {
            var index = months.FindIndex(m => m.Month.Equals(group.Key));
            var papers = group.Select(x => x.Paper).ToList();
            if (index >= 0)
            {
                months[index] = months[index] with { Papers = [.. months[index].Papers, .. papers] };
            }
            else
            {
                months.Add(new LabelledMonth(group.Key, path, papers));
            }
        }
        return [.. months.OrderBy(m => m.Month)];
    }
}
