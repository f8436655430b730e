using System.CommandLine;

namespace Classifier.Cli;

/// <summary>Options that several commands share, created fresh for each command.</summary>
internal static class CommonOptions
{
    public const string DefaultModel = "trained-models";
    public const string DefaultData = "data";

    public static Option<string> Model() => new("--model", "-m")
    {
        Description = "The model bundle directory, relative to the current directory.",
        DefaultValueFactory = _ => DefaultModel,
        HelpName = "dir",
    };

    public static Option<string> Data() => new("--data", "-d")
    {
        Description = "The folder of labelled monthly lists (*.md), relative to the current directory.",
        DefaultValueFactory = _ => DefaultData,
        HelpName = "dir",
    };

    public static Option<int> Seed() => new("--seed")
    {
        Description = "Random seed for fold assignment and training; the same data and seed give the same model.",
        DefaultValueFactory = _ => 1,
    };

    /// <summary>A --format option limited to the given names, the first being the default.</summary>
    public static Option<string> Format(params string[] names)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = $"Output format: {string.Join(", ", names)}.",
            DefaultValueFactory = _ => names[0],
        };
        option.AcceptOnlyFromAmong(names);
        return option;
    }
}
