using System.CommandLine;
using Classifier.Core.Learning.Bundles;

namespace Classifier.Cli;

/// <summary>Finds the model bundle and the data folder as a command run from any folder needs them.</summary>
/// <remarks>
/// The model: --model, else $CVCLASSIFY_MODEL, else the bundle installed beside the tool, else ./trained-models.
/// The data: --data, else $CVCLASSIFY_DATA, else ./data.
/// </remarks>
internal static class ModelLocator
{
    public const string ModelVariable = "CVCLASSIFY_MODEL";
    public const string DataVariable = "CVCLASSIFY_DATA";

    /// <summary>Where the lookup goes, in order, for messages that say where no model was found.</summary>
    public const string ModelLookup = $"--model, ${ModelVariable}, the model installed with the tool, ./{CommonOptions.DefaultModel}";

    /// <summary>The model folder to use; null when the user named none and none is installed or in the current folder.</summary>
    public static string? FindModel(this ParseResult parse, Option<string?> option, CliContext context)
    {
        if (parse.GetValue(option) is { } given)
        {
            return context.Resolve(given);
        }
        if (context.Variable(ModelVariable) is { Length: > 0 } fromEnvironment)
        {
            return context.Resolve(fromEnvironment);
        }
        var installed = Path.Combine(context.ToolDirectory, CommonOptions.DefaultModel);
        if (File.Exists(Path.Combine(installed, ModelBundleStore.MetadataFile)))
        {
            return installed;
        }
        var local = context.Resolve(CommonOptions.DefaultModel);
        return Directory.Exists(local) ? local : null;
    }

    /// <summary>The model folder to use; a one-line error naming where it looked when there is none.</summary>
    public static string RequireModel(this ParseResult parse, Option<string?> option, CliContext context) =>
        parse.FindModel(option, context)
            ?? throw new ModelBundleException($"no model bundle found (looked at {ModelLookup}); run 'cvclassify train' or pass --model");

    /// <summary>The bundle in the folder <see cref="FindModel"/> finds; null when it finds none.</summary>
    public static ModelBundle? FindBundle(this ParseResult parse, Option<string?> option, CliContext context) =>
        parse.FindModel(option, context) is { } folder ? ModelBundleStore.Load(folder) : null;

    /// <summary>The data folder for cross-month checks; null when not given, not in $CVCLASSIFY_DATA and no ./data exists.</summary>
    public static string? FindData(this ParseResult parse, Option<string> option, CliContext context)
    {
        if (parse.GetResult(option) is { Implicit: false })
        {
            return context.Resolve(parse.GetRequiredValue(option));
        }
        if (context.Variable(DataVariable) is { Length: > 0 } fromEnvironment)
        {
            return context.Resolve(fromEnvironment);
        }
        var local = context.Resolve(CommonOptions.DefaultData);
        return Directory.Exists(local) ? local : null;
    }
}
