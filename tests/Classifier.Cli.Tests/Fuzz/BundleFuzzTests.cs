using System.Text.Json.Nodes;
using Classifier.Cli.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace Classifier.Cli.Tests.Fuzz;

/// <summary>Property tests: a bundle whose metadata.json has one field replaced by a wrong value, or is cut short, is refused in one line.</summary>
[Collection(TrainedModelCollection.Name)]
public sealed class BundleFuzzTests(TrainedModelFixture model)
{
    private static readonly string[] WrongValues = ["null", "\"x\"", "-1", "[]", "{}", "1e308", "[null]", "{\"a\":null}", "true"];

    [FuzzProperty(MaxTest = 40)]
    public Property Tag_WithAnyDamagedMetadata_KeepsTheContract()
    {
        var original = JsonNode.Parse(File.ReadAllText(Path.Combine(model.ModelPath, "metadata.json")))!;
        var paths = Paths(original).ToArray();
        var damage = Gen.OneOf(
            Gen.Elements(paths).Zip(Gen.Elements(WrongValues)).Select(x => (Replace: x.Item1, With: x.Item2, Cut: 0)),
            Gen.Choose(1, 99).Select(cut => (Replace: "", With: "", Cut: cut)));
        return Prop.ForAll(damage.ToArbitrary(), d => Holds(original, d.Replace, d.With, d.Cut));
    }

    private bool Holds(JsonNode original, string replace, string with, int cut)
    {
        using var temp = new TempDirectory();
        var bundle = temp.PathOf("model");
        Directory.CreateDirectory(bundle);
        foreach (var file in Directory.GetFiles(model.ModelPath))
        {
            File.Copy(file, Path.Combine(bundle, Path.GetFileName(file)));
        }
        var text = cut > 0 ? Cut(original.ToJsonString(), cut) : Replaced(original, replace, with);
        File.WriteAllText(Path.Combine(bundle, "metadata.json"), text);
        var input = temp.Write("papers.csv", "title\nSegment Anything\n");

        var result = CvClassify.Run("tag", input, "--model", bundle);

        return Contract.Holds(result, out var why)
            ? true
            : throw new InvalidOperationException($"{why} with {replace} = {with} (cut {cut}%): {result.Error}");
    }

    private static string Cut(string json, int percent) => json[..(json.Length * percent / 100)];

    private static string Replaced(JsonNode original, string path, string with)
    {
        var copy = original.DeepClone();
        var steps = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var parent = steps[..^1].Aggregate(copy, (node, step) => int.TryParse(step, out var i) ? node[i]! : node[step]!);
        var value = JsonNode.Parse(with);
        if (int.TryParse(steps[^1], out var index))
        {
            parent[index] = value;
        }
        else
        {
            parent[steps[^1]] = value;
        }
        return copy.ToJsonString();
    }

    private static IEnumerable<string> Paths(JsonNode node, string at = "")
    {
        var children = node switch
        {
            JsonObject o => o.Select(p => (Key: p.Key, Value: p.Value)),
            JsonArray a => a.Select((v, i) => (Key: i.ToString(System.Globalization.CultureInfo.InvariantCulture), Value: v)),
            _ => [],
        };
        foreach (var (key, value) in children)
        {
            var path = $"{at}/{key}";
            yield return path;
            if (value is not null)
            {
                foreach (var inner in Paths(value, path))
                {
                    yield return inner;
                }
            }
        }
    }
}
