using BenchmarkDotNet.Attributes;
using Classifier.Core.Lists;
using Classifier.Core.Review;

namespace Classifier.Bench.Lists;

/// <summary>Times reading, reviewing and writing back the March 2023 list (the one with every structural fault).</summary>
[MemoryDiagnoser]
public class ListBenchmarks
{
    private string _markdown = "";
    private MonthlyList? _list;

    [GlobalSetup]
    public void Setup()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Classifier.sln")))
        {
            dir = dir.Parent;
        }
        var path = Path.Combine(dir?.FullName ?? ".", "data", "Top CV Papers in March 2023.md");
        _markdown = File.ReadAllText(path);
        _list = ListParser.Parse(_markdown, path);
    }

    [Benchmark]
    public int Parse() => ListParser.Parse(_markdown, "march.md").Papers.Count;

    [Benchmark]
    public int Review() => new StructuralReviewer().Review(_list!).Count;

    [Benchmark]
    public int Render() => ListWriter.Render(_list!).Length;
}
