using Classifier.Core.Lists;
using Classifier.Core.Review;
using Classifier.Core.Tests.Support;

namespace Classifier.Core.Tests.Review;

/// <summary>A curator's working copy of a month that is already in the data folder.</summary>
public sealed class WorkingCopyComparerTests
{
    private const string Published = """
        # Top Computer Vision Papers in April 2024

        <h4 align="left">1. Image Recognition </h4>

        | Paper  | Project Page | Abstract / Short Summary |
        | ------------- | ------------- |------------- |
        | [A Backbone](https://arxiv.org/abs/2404.04803) | -- | A backbone for recognition. |
        | [A Detector](https://arxiv.org/abs/2404.00001) | -- | Detects objects. |
        | [A Classifier](https://arxiv.org/abs/2404.00002) | -- | Classifies images. |

        <h4 align="left">4. Image Segmentation </h4>

        | Paper  | Project Page | Abstract / Short Summary |
        | ------------- | ------------- |------------- |
        | [A Segmenter](https://arxiv.org/abs/2404.00003) | -- | Masks. |

        """;

    [Fact]
    public void Review_OfAWorkingCopyOfAMonthInTheData_ComparesWithItInsteadOfReportingDuplicates()
    {
        using var temp = new TempDirectory();
        var data = ListParser.Parse(Published, temp.PathOf("data/Top CV Papers in April 2024.md"));
        var working = temp.Write("Top CV Papers in April 2024.md", Published
            .Replace("| [A Classifier](https://arxiv.org/abs/2404.00002) | -- | Classifies images. |\n", "")
            .Replace("| [A Detector](https://arxiv.org/abs/2404.00001) | -- | Detects objects. |\n", "")
            .Replace("| [A Segmenter](https://arxiv.org/abs/2404.00003) | -- | Masks. |\n",
                "| [A Segmenter](https://arxiv.org/abs/2404.00003) | -- | Masks. |\n| [A Detector](https://arxiv.org/abs/2404.00001) | -- | Detects objects. |\n| [A New Paper](https://arxiv.org/abs/2404.00009) | -- | New. |\n"));

        var review = ListReviewer.Review(working, [data], findMisfiles: null);

        Assert.DoesNotContain(review.Findings, f => f.RuleId == "duplicate");
        var summary = Assert.Single(review.Findings, f => f.RuleId == WorkingCopyComparer.RuleId);
        Assert.Equal($"A working copy of {data.File}: 1 paper added, 1 paper removed, 1 paper moved (removed: \"A Classifier\").", summary.Message);
        var moved = Assert.Single(review.Findings, f => f.RuleId == WorkingCopyComparer.MovedRuleId);
        Assert.Equal("2404.00001", moved.PaperId);
        Assert.Contains("under Image Segmentation here, under Image Recognition in", moved.Message);
    }

    [Fact]
    public void Review_OfAnotherMonth_StillReportsPapersListedInTheData()
    {
        using var temp = new TempDirectory();
        var data = ListParser.Parse(Published, temp.PathOf("data/Top CV Papers in April 2024.md"));
        var may = temp.Write("Top CV Papers in May 2024.md", Published.Replace("April 2024", "May 2024"));

        var review = ListReviewer.Review(may, [data], findMisfiles: null);

        Assert.Equal(4, review.Findings.Count(f => f.RuleId == "duplicate"));
        Assert.DoesNotContain(review.Findings, f => f.RuleId == WorkingCopyComparer.RuleId);
    }
}
