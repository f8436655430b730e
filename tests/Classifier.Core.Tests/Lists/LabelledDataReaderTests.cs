using Classifier.Core.Lists;
using Classifier.Core.Papers;

namespace Classifier.Core.Tests.Lists;

public sealed class LabelledDataReaderTests
{
    [Fact]
    public void Read_DataFolder_ReturnsTheMonthsInOrderWithTheirLabelledPapers()
    {
        var data = LabelledDataReader.Read(RepoData.Folder);

        Assert.Equal([11, 12, 1, 2, 3, 4, 5, 6, 9], data.Months.Select(m => m.Month.Number));
        Assert.Equal(9, data.Lists.Count);
        Assert.Equal([76, 73, 54, 73, 48, 78, 70, 60, 76], data.Months.Select(m => m.Papers.Count(p => p.Category != Taxonomy.OutOfScope)));
        Assert.All(data.Months.SelectMany(m => m.Papers), p => Assert.NotNull(p.Category));
    }

    [Fact]
    public void Read_DataFolder_AddsEachOutOfScopePaperToItsMonth()
    {
        var data = LabelledDataReader.Read(RepoData.Folder);

        var outOfScope = data.Months.ToDictionary(m => m.Month.Number, m => m.Papers.Count(p => p.Category == Taxonomy.OutOfScope));

        Assert.Equal(96, outOfScope.Values.Sum());
        Assert.Equal(0, outOfScope[3]);
        Assert.Equal(12, outOfScope[9]);
        Assert.Equal(12, outOfScope[11]);
    }

    [Fact]
    public void Read_DataFolder_ReadsTheOutOfScopeSummariesAndWhyNotes()
    {
        var outOfScope = LabelledDataReader.Read(RepoData.Folder).Months.SelectMany(m => m.Papers).Where(p => p.Category == Taxonomy.OutOfScope).ToList();

        var first = outOfScope.Single(p => p.ArxivId == "2211.00525");

        Assert.StartsWith("Trains models to withstand worst-case input perturbations", first.Summary);
        Assert.StartsWith("adversarial robustness", first.Note);
        Assert.Equal(72, outOfScope.Count(p => p.Summary.Length > 0));
        Assert.All(outOfScope, p => Assert.False(string.IsNullOrEmpty(p.Note)));
    }

    [Fact]
    public void Read_WhenOutOfScopeLineIsBroken_NamesTheFileAndLine()
    {
        using var temp = new Support.TempDirectory();
        File.WriteAllText(temp.PathOf(OutOfScopeReader.FileName), "{\"id\": \"2302.1\", \"title\": \"A\", \"month\": \"2023-02\"}\n{\"title\": \"B\", \"month\": \"Feb\"}\n");

        var error = Assert.Throws<ListReadException>(() => LabelledDataReader.Read(temp.Path));

        Assert.Equal($"{temp.PathOf(OutOfScopeReader.FileName)}:2: \"month\" must be yyyy-MM, found 'Feb'", error.Message);
    }

    [Fact]
    public void Read_WhenFolderIsMissing_ThrowsWithTheFolderName()
    {
        var error = Assert.Throws<ListReadException>(() => LabelledDataReader.Read("no-such-folder"));

        Assert.Equal("no-such-folder: data folder not found", error.Message);
    }
}
