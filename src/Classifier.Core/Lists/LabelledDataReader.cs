namespace Classifier.Core.Lists;

/// <summary>Reads every monthly list (*.md) in a data folder into labelled months, ordered by month.</summary>
internal static class LabelledDataReader
{
    /// <summary>Reads the folder's lists; throws <see cref="ListReadException"/> for an unreadable list or one without a month.</summary>
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
        return new LabelledData([.. lists.Select(x => x.List.ToLabelledMonth(x.Month))], [.. lists.Select(x => x.List)]);
    }
}
