using System.Text;
using Classifier.Core.Papers.Inputs;
using Classifier.Core.Tests.Support;

namespace Classifier.Core.Tests.Papers.Inputs;

public sealed class InputPathsTests
{
    [Fact]
    public void Expand_AFolder_GivesItsFilesSortedByNameWithoutHiddenOnes()
    {
        using var temp = new TempDirectory();
        temp.Write("b.jsonl", "");
        temp.Write("a.csv", "");
        temp.Write("C.tsv", "");
        temp.Write(".hidden", "");

        var files = InputPaths.Expand([temp.Path], null);

        Assert.Equal(["C.tsv", "a.csv", "b.jsonl"], files.Select(Path.GetFileName));
        Assert.All(files, f => Assert.StartsWith(temp.Path, f));
    }

    [Fact]
    public void Expand_AFolderWithAFileOfUnknownExtension_ThrowsNamingThatFile()
    {
        using var temp = new TempDirectory();
        temp.Write("a.csv", "");
        var notes = temp.Write("notes.txt", "");

        var error = Assert.Throws<InputException>(() => InputPaths.Expand([temp.Path], null));

        Assert.Equal(notes, error.File);
        Assert.Contains("'.txt'", error.Reason);
    }

    [Fact]
    public void Expand_APattern_GivesTheMatchingFilesSorted()
    {
        using var temp = new TempDirectory();
        temp.Write("may.csv", "");
        temp.Write("april.csv", "");
        temp.Write("june.jsonl", "");

        var files = InputPaths.Expand([Path.Combine(temp.Path, "*.csv")], null);

        Assert.Equal([temp.PathOf("april.csv"), temp.PathOf("may.csv")], files);
    }

    [Fact]
    public void Expand_APatternMatchingNothing_ThrowsNamingThePattern()
    {
        using var temp = new TempDirectory();
        var pattern = Path.Combine(temp.Path, "*.csv");

        var error = Assert.Throws<InputException>(() => InputPaths.Expand([pattern], null));

        Assert.Equal($"{pattern}: no file matches this pattern", error.Message);
    }

    [Fact]
    public void Expand_StandardInputWithoutAFormat_ThrowsAskingForOne()
    {
        var error = Assert.Throws<InputException>(() => InputPaths.Expand(["-"], null));

        Assert.StartsWith("-: standard input has no extension to tell its format; use --input-format", error.Message);
    }

    [Fact]
    public void Read_WhenAnInputCannotBeExpanded_RefusesBeforeAnyPaperIsAskedFor()
    {
        var reader = new PaperInputReader();

        Assert.Throws<InputException>(() => reader.Read(["-"]));
    }

    [Fact]
    public void Read_StandardInput_NamesItDashInSourcesErrorsAndWarnings()
    {
        var warnings = new List<string>();
        var reader = new PaperInputReader(warnings.Add)
        {
            StandardInput = () => new MemoryStream(Encoding.UTF8.GetBytes("title,abstract,year\nA Detector,Detects.,2023\n,empty,2023\n")),
        };

        using var papers = reader.Read(["-"], "csv").GetEnumerator();

        Assert.True(papers.MoveNext());
        Assert.Equal(new Classifier.Core.Papers.SourceLocation("-", 2), papers.Current.Source);
        Assert.Equal("Detects.", papers.Current.Summary);
        Assert.Equal(["-: ignoring field 'year' (a paper is read from title, summary (or abstract, description), id and url)"], warnings);
        var error = Assert.Throws<InputException>(() => papers.MoveNext());
        Assert.Equal("-:3: the title is empty", error.Message);
    }
}
