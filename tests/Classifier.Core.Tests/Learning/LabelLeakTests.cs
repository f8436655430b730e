using Classifier.Core.Learning;

namespace Classifier.Core.Tests.Learning;

public sealed class LabelLeakTests
{
    [Fact]
    public void Features_NeverIncludeTheLabelColumn()
    {
        var model = ModelTrainer.Train(SyntheticPapers.Create(perCategory: 4), FastOptions.Sdca);

        var features = model.Transformer.GetOutputSchema(model.InputSchema)[Columns.Features];
        Microsoft.ML.Data.VBuffer<ReadOnlyMemory<char>> names = default;
        Microsoft.ML.Data.SchemaAnnotationsExtensions.GetSlotNames(features, ref names);
        var slots = names.DenseValues().Select(n => n.ToString()).ToList();

        Assert.NotEmpty(slots);
        Assert.All(slots, s => Assert.True(
            s.StartsWith(Columns.TitleFeatures + ".", StringComparison.Ordinal) || s.StartsWith(Columns.SummaryFeatures + ".", StringComparison.Ordinal), s));
    }

    [Fact]
    public void Predict_WhenOnlyTheLabelChanges_GivesTheSameScores()
    {
        var papers = SyntheticPapers.Create(perCategory: 4);
        var model = ModelTrainer.Train(papers, FastOptions.Sdca);
        using var engine = model.CreateEngine();
        var paper = papers[0];

        var scores = model.Labels.Append("")
            .Select(label => engine.Predict(new PaperRow { Title = paper.Title, Summary = paper.Summary, Label = label }).Score.ToArray())
            .ToList();

        Assert.All(scores, s => Assert.Equal(scores[0], s));
    }
}
