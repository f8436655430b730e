using Classifier.Core.Lists;
using Classifier.Core.Papers;

namespace Classifier.Core.Tests.Lists;

public sealed class LabelledDataReaderTests
{
    [Fact]
    public void Read_DataFolder_ReturnsTheMonthsInOrderWithTheirLabelledPapers()
    {
        var data = LabelledDataReader.Read(RepoData.Folder);

        Assert.Equal([new Month(2023, 3), new Month(2023, 5), new Month(2023, 6)], data.Months.Select(m => m.Month));
        Assert.Equal([48, 70, 60], data.Months.Select(m => m.Papers.Count));
        Assert.All(data.Months.SelectMany(m => m.Papers), p => Assert.NotNull(p.Category));
    }

    [Fact]
    public void Read_WhenFolderIsMissing_ThrowsWithTheFolderName()
    {
        var error = Assert.Throws<ListReadException>(() => LabelledDataReader.Read("no-such-folder"));

        Assert.Equal("no-such-folder: data folder not found", error.Message);
    }
}
