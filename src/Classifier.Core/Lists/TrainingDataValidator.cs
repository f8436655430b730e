namespace Classifier.Core.Lists;

/// <summary>Refuses a data folder that cannot train or measure a model, before any learning starts.</summary>
internal static class TrainingDataValidator
{
    /// <summary>Reads the folder and checks it: some papers, one list per month and papers in each, at least two categories.</summary>
    public static LabelledData ReadForTraining(string folder)
    {
        var data = LabelledDataReader.Read(folder);
        var duplicate = data.Months.GroupBy(m => m.Month).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            var files = duplicate.Select(m => Path.GetFileName(m.File)).Order(StringComparer.Ordinal).ToList();
            throw new ListReadException(duplicate.Last().File, 0, $"two lists for {duplicate.Key}: {string.Join(" and ", files)}; keep one");
        }
        // A month without papers would leave the held-out evaluation, or a fold, with nothing to train on.
        var empty = data.Months.FirstOrDefault(m => m.Papers.Count == 0);
        if (empty is not null && data.Months.Count > 1)
        {
            throw new ListReadException(empty.File, 0, $"the list for {empty.Month} holds no papers under a known category; fix it or move it out of the data folder");
        }
        var papers = data.Months.SelectMany(m => m.Papers).Where(p => p.Category is not null).ToList();
        if (papers.Count == 0)
        {
            throw new ListReadException(folder, 0, data.Months.Count == 0 ? "no monthly lists (*.md) in the data folder" : "the lists hold no papers under a known category");
        }
        var categories = papers.Select(p => p.Category).Distinct().Count();
        if (categories < 2)
        {
            throw new ListReadException(folder, 0, $"the lists hold papers of {categories} category; a model needs at least two");
        }
        return data;
    }
}
