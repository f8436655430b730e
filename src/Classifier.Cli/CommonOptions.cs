using System.CommandLine;

namespace Classifier.Cli;

/// <summary>Options that several commands share, created fresh for each command.</summary>
internal static class CommonOptions
{
    public const string DefaultModel = "trained-models";
    public const string DefaultData = "data";

    public static Option<string?> Model() => new("--model", "-m")
    {
        Description = $"The model bundle directory (default: ${ModelLocator.ModelVariable}, else the model installed with the tool, else ./{DefaultModel}).",
        HelpName = "dir",
    };

    public static Option<string> Data() => new("--data", "-d")
    {
        Description = $"The folder of labelled monthly lists (*.md), relative to the current directory (default: ${ModelLocator.DataVariable}, else ./{DefaultData}).",
        DefaultValueFactory = _ => DefaultData,
        HelpName = "dir",
    };

    public static Option<int> Seed() => new Option<int>("--seed")
    {
        Description = "Random seed for fold assignment and training; the same data and seed give the same model.",
        DefaultValueFactory = _ => 1,
    }.InRange(0, int.MaxValue);

    /// <summary>More folds than this leave too few papers per fold to measure anything (the data holds a few hundred).</summary>
    public const int MaxFolds = 50;

    public static Option<int> Folds() => new Option<int>("--folds")
    {
        Description = $"Number of stratified cross-validation folds (2-{MaxFolds}).",
        DefaultValueFactory = _ => 5,
    }.InRange(2, MaxFolds);

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

    /// <summary>The value the user gave for an option; null when the option took its default.</summary>
    public static T? GivenValue<T>(this ParseResult parse, Option<T> option)
        where T : struct =>
        parse.GetResult(option) is { Implicit: false } ? parse.GetValue(option) : null;

    /// <summary>
    /// The folder an option names, resolved; null when the user did not give the option and its default folder is absent,
    /// so that an optional input (a model, the data folder) is skipped rather than an error.
    /// </summary>
    public static string? OptionalFolder(this ParseResult parse, Option<string> option, CliContext context)
    {
        var path = context.Resolve(parse.GetRequiredValue(option));
        var given = parse.GetResult(option) is { Implicit: false };
        return given || Directory.Exists(path) ? path : null;
    }
}
