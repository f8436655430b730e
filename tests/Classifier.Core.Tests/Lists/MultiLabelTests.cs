using Classifier.Core.Lists;
using Classifier.Core.Papers;
using Classifier.Core.Review;
using Classifier.Core.Review.Rules;
using Classifier.Core.Tagging;
using Classifier.Core.Tests.Learning;

namespace Classifier.Core.Tests.Lists;

public sealed class MultiLabelTests(LearnedBundleFixture fixture) : IClassFixture<LearnedBundleFixture>
{
    private static Paper Listing(string id, int category, int line, string title = "A shared paper") => new()
    {
        Title = title,
        ArxivId = id,
        Category = Taxonomy.ByNumber(category),
        Source = new SourceLocation("Top CV Papers in May 2023.md", line),
    };

    [Fact]
    public void Merge_APaperListedUnderTwoSections_IsOnePaperWithBothLabels()
    {
        var merged = MultiLabel.Merge([Listing("2305.00001", 1, 10), Listing("2305.00002", 3, 20, "Other"), Listing("2305.00001", 2, 30)]).ToList();

        Assert.Equal(["2305.00001", "2305.00002"], merged.Select(p => p.Id));
        Assert.Equal(Taxonomy.ByNumber(1), merged[0].Category);
        Assert.Equal([Taxonomy.ByNumber(2)], merged[0].AlsoListedUnder);
    }

    [Fact]
    public void Merge_APaperListedTwiceUnderTheSameSection_StaysTwoEntries()
    {
        var merged = MultiLabel.Merge([Listing("2305.00001", 1, 10), Listing("2305.00001", 1, 30)]).ToList();

        Assert.Equal(2, merged.Count);
        Assert.Empty(merged[0].AlsoListedUnder);
    }

    [Fact]
    public void DuplicateRule_APaperUnderTwoSectionsOfOneList_IsNotADuplicate()
    {
        var list = ListParser.Parse(TwoSections("2305.00001", "2305.00001"), "Top CV Papers in May 2023.md");

        var findings = new DuplicateRule().Check(list, []).ToList();

        Assert.Equal(2, list.Papers.Count);
        Assert.Empty(findings);
    }

    [Fact]
    public void DuplicateRule_APaperTwiceInOneSection_IsStillADuplicate()
    {
        var list = ListParser.Parse(TwoSections("2305.00001", "2305.00009", extraInFirst: "2305.00001"), "Top CV Papers in May 2023.md");

        var findings = new DuplicateRule().Check(list, []).ToList();

        Assert.Single(findings);
    }

    [Fact]
    public void MisfileDetector_APaperUnderTwoSections_IsNotProposedToMoveIntoItsOtherSection()
    {
        var papers = new[] { Listing("2305.00001", 1, 10), Listing("2305.00001", 2, 30) };
        // Each listing reads as the other category: a misfile, if the paper were not filed under both.
        float[][] probabilities = [[0.1f, 0.9f, 0, 0, 0, 0, 0, 0, 0], [0.9f, 0.1f, 0, 0, 0, 0, 0, 0, 0]];
        var detector = new MisfileDetector(fixture.Bundle.Model);

        var findings = detector.Detect(papers, probabilities, [.. Enumerable.Repeat(0.5, 9)]);

        Assert.Empty(findings);
    }

    [Fact]
    public void MisfileDetector_TheSameProbabilitiesForTwoDifferentPapers_AreFlagged()
    {
        var papers = new[] { Listing("2305.00001", 1, 10), Listing("2305.00002", 2, 30, "Other") };
        float[][] probabilities = [[0.1f, 0.9f, 0, 0, 0, 0, 0, 0, 0], [0.9f, 0.1f, 0, 0, 0, 0, 0, 0, 0]];
        var detector = new MisfileDetector(fixture.Bundle.Model);

        var findings = detector.Detect(papers, probabilities, [.. Enumerable.Repeat(0.5, 9)]);

        Assert.Equal(2, findings.Count);
    }

    private static string TwoSections(string first, string second, string? extraInFirst = null) => $"""
        # Top CV Papers in May 2023

        ## 1. Image Recognition
        | Paper | Project Page | Abstract / Short Summary |
        |---|---|---|
        | [A shared paper](https://arxiv.org/abs/{first}) | -- | One. |
        {(extraInFirst is null ? "" : $"| [A shared paper](https://arxiv.org/abs/{extraInFirst}) | -- | Again. |")}

        ## 2. Vision Model Optimization
        | Paper | Project Page | Abstract / Short Summary |
        |---|---|---|
        | [{(first == second ? "A shared paper" : "Another paper")}](https://arxiv.org/abs/{second}) | -- | Two. |
        """;
}

public sealed class MisfileAlsoFitsTests(LearnedBundleFixture fixture) : IClassFixture<LearnedBundleFixture>
{
    [Fact]
    public void Detect_WhenAThirdCategoryIsAsCloseAsTheProposedOne_SaysMoveItToXOrY()
    {
        var paper = new Paper { Title = "A paper", ArxivId = "2305.00001", Category = Taxonomy.ByNumber(1), Source = new SourceLocation("list.md", 3) };
        float[][] probabilities = [[0.05f, 0.48f, 0.44f, 0.01f, 0.01f, 0.01f, 0, 0, 0]];
        var detector = new MisfileDetector(fixture.Bundle.Model, alsoFits: new AlsoFitsMargin(0.1, 0.1, 0.5, 0.3));

        var finding = Assert.Single(detector.Detect([paper], probabilities, [.. Enumerable.Repeat(0.3, 9)]));

        Assert.Equal($"move it to {Taxonomy.ByNumber(2).Name}, or {Taxonomy.ByNumber(3).Name}", finding.SuggestedFix);
        Assert.Contains($"reads as {Taxonomy.ByNumber(2).Name}, or {Taxonomy.ByNumber(3).Name}", finding.Message, StringComparison.Ordinal);
        Assert.Equal(Taxonomy.ByNumber(3).Name, finding.Evidence!.AlsoFits);
    }
}
