using Classifier.Core.Papers;
using Classifier.Core.Review;
using Classifier.Core.Tests.Learning;

namespace Classifier.Core.Tests.Review;

public sealed class MisfileDetectorTests
{
    [Fact]
    public void Detect_RanksInjectedMisfilesNearTheTop()
    {
        var papers = SyntheticPapers.Create(perCategory: 8).ToList();
        var moved = MisfileInjector.Move(papers, share: 0.1, seed: 5);

        var findings = MisfileDetector.Detect(papers, FastOptions.Sdca, folds: 4);

        var top = findings.Take(moved.Count * 2).Select(f => f.PaperId).ToHashSet();
        var recall = (double)moved.Count(top.Contains) / moved.Count;
        Assert.True(recall >= 0.7, $"recall@{moved.Count * 2} = {recall:0.00}");
    }

    [Fact]
    public void Detect_ReportsAWarningAtThePaperWithTheProposedCategory()
    {
        var papers = SyntheticPapers.Create(perCategory: 8).ToList();
        var moved = MisfileInjector.Move(papers, share: 0.1, seed: 5);

        var finding = MisfileDetector.Detect(papers, FastOptions.Sdca, folds: 4).First(f => moved.Contains(f.PaperId!));

        var paper = papers.Single(p => p.Id == finding.PaperId);
        var original = SyntheticPapers.Create(perCategory: 8).Single(p => p.Id == finding.PaperId);
        Assert.Equal("misfile", finding.RuleId);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(paper.Source, finding.Location);
        Assert.Equal(original.Category, finding.ProposedCategory);
        Assert.InRange(finding.Score, 0, 1);
        Assert.Contains("signals:", finding.Message, StringComparison.Ordinal);
    }
}

/// <summary>Moves a deterministic share of papers to another category, as a misfiling curator would.</summary>
internal static class MisfileInjector
{
    public static IReadOnlyList<string> Move(List<Paper> papers, double share, int seed)
    {
        var random = new Random(seed);
        var chosen = Enumerable.Range(0, papers.Count).OrderBy(_ => random.Next()).Take((int)Math.Round(papers.Count * share)).ToList();
        foreach (var i in chosen)
        {
            var current = papers[i].Category!.Number;
            var target = (current + random.Next(1, 9) - 1) % 9 + 1;
            papers[i] = papers[i] with { Category = Taxonomy.ByNumber(target) };
        }
        return chosen.Select(i => papers[i].Id).ToList();
    }
}
