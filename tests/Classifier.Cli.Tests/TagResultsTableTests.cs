using Classifier.Core.Papers;
using Classifier.Core.Tagging;
using Spectre.Console.Testing;

namespace Classifier.Cli.Tests;

public sealed class TagResultsTableTests
{
    [Fact]
    public void Render_WhenASecondCategoryAlsoFits_SaysXOrY()
    {
        var console = new TestConsole().Width(200);
        var result = new TagResult(
            new Paper { Title = "Pruned vision transformers for recognition", Source = new SourceLocation("in.csv", 2) },
            [new(Taxonomy.ByNumber(2), 0.46), new(Taxonomy.ByNumber(1), 0.41), new(Taxonomy.ByNumber(5), 0.05)],
            NoCategoryFits: false,
            [])
        {
            AlsoFits = new(Taxonomy.ByNumber(1), 0.41),
        };

        TagResultsTable.Render(console, [result, result with { AlsoFits = null }], top: 2);

        var lines = console.Output.Split('\n');
        Assert.Contains(lines, l => l.Contains("Vision Model Optimization, or Image Recognition", StringComparison.Ordinal));
        Assert.Single(lines, l => l.Contains(", or ", StringComparison.Ordinal));
    }
}
