using Classifier.Core.Lists;
using Classifier.Core.Papers;

namespace Classifier.Bench;

/// <summary>Finds the repository's data/ folder (or $CLASSIFIER_DATA) and reads the labelled months from it.</summary>
internal static class DataFolder
{
    public static IReadOnlyList<LabelledMonth> ReadMonths() => LabelledDataReader.Read(Locate()).Months;

    private static string Locate()
    {
        var configured = Environment.GetEnvironmentVariable("CLASSIFIER_DATA");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }
        // BenchmarkDotNet runs each benchmark from a generated folder under bin/, so walk up to the repository.
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var data = Path.Combine(directory.FullName, "data");
            if (Directory.Exists(data) && Directory.EnumerateFiles(data, "*.md").Any())
            {
                return data;
            }
        }
        throw new DirectoryNotFoundException("no data/ folder with *.md lists above " + AppContext.BaseDirectory);
    }
}
