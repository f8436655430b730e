using Classifier.Core.Learning.Bundles;
using Classifier.Core.Lists;
using Classifier.Core.Papers;
using Classifier.Core.Review;

namespace Classifier.Core.Tests.Review;

/// <summary>Out-of-scope papers listed under a category, judged with the model committed in trained-models/.</summary>
public sealed class OutOfScopeDetectorTests
{
    private static readonly ModelBundle Bundle = ModelBundleStore.Load(Path.Combine(Path.GetDirectoryName(RepoData.Folder)!, "trained-models"));

    [Fact]
    public void Detect_WhenOutOfScopePapersAreListedUnderACategory_FlagsMostOfThemAsTagWouldSayNoneFits()
    {
        var listed = OutOfScopeReader.Read(Path.Combine(RepoData.Folder, OutOfScopeReader.FileName))
            .Select(x => x.Paper with { Category = Taxonomy.ByNumber(1) })
            .ToList();

        var findings = OutOfScopeDetector.Detect(Bundle, listed);

        // The bundle's threshold is chosen so that most out-of-scope papers (out of fold) are told "no category fits".
        Assert.True(findings.Count >= listed.Count / 2, $"{findings.Count} of {listed.Count} flagged");
        Assert.All(findings, f => Assert.Equal(OutOfScopeDetector.RuleId, f.RuleId));
        Assert.All(findings, f => Assert.Equal(Severity.Warning, f.Severity));
        Assert.Equal(findings.OrderByDescending(f => f.Score).Select(f => f.Score), findings.Select(f => f.Score));
    }

    [Fact]
    public void Detect_OnAListedMonth_FlagsFewOfItsInScopePapers()
    {
        var march = ListParser.Read(RepoData.March).Papers.Where(p => p.Category is not null).ToList();

        var findings = OutOfScopeDetector.Detect(Bundle, march);

        // The threshold allows about 6% of in-scope papers (out of fold); a month may hold a few more or fewer.
        Assert.True(findings.Count <= march.Count / 5, $"{findings.Count} of {march.Count} flagged");
    }
}
