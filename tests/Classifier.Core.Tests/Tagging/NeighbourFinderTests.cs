using Classifier.Core.Learning.Bundles;
using Classifier.Core.Papers;
using Classifier.Core.Tagging;

namespace Classifier.Core.Tests.Tagging;

public sealed class NeighbourFinderTests
{
    private static readonly OutOfFoldRecord[] Records =
    [
        new("1", "Panoptic segmentation", "Image Segmentation", 0, [], "2023-05"),
        new("2", "Video tracking", "Video Analysis", 0, [], "2023-06"),
        new("3", "Instance masks", "Image Segmentation", 0, [], "2023-02"),
        new("4", "NeRF", "Image & Video Reconstruction", 0, [], "2023-03"),
    ];

    private static readonly float[][] Embeddings = [[1, 0, 0], [0, 1, 0], [0.8f, 0.6f, 0], [0, 0, 1]];

    [Fact]
    public void Nearest_RanksByCosineAndLeavesThePaperItselfOut()
    {
        var finder = new NeighbourFinder(Records, Embeddings);
        var paper = new Paper { Title = "Panoptic segmentation", ArxivId = "1" };

        var nearest = finder.Nearest(paper, [1, 0, 0], 2);

        Assert.Equal(["Instance masks", "Video tracking"], nearest.Select(n => n.Title));
        Assert.Equal(0.8, nearest[0].Similarity, 4);
        Assert.Equal("'Instance masks' (Image Segmentation, February 2023)", nearest[0].ToString());
    }

    [Fact]
    public void StoredEmbedding_FindsTrainingPapersByIdAndTitleOnly()
    {
        var finder = new NeighbourFinder(Records, Embeddings);

        Assert.Equal(Embeddings[3], finder.StoredEmbedding(new Paper { Title = "NeRF", ArxivId = "4" }));
        Assert.Null(finder.StoredEmbedding(new Paper { Title = "NeRF", ArxivId = "5" }));
    }
}
