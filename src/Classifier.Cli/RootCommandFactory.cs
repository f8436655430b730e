using System.CommandLine;
using Classifier.Cli.Commands;

namespace Classifier.Cli;

/// <summary>Builds the cvclassify command tree over a context.</summary>
internal static class RootCommandFactory
{
    public static RootCommand Create(CliContext context)
    {
        return new RootCommand("Files computer-vision papers into the nine categories of the monthly Top CV Papers lists.")
        {
            TrainCommand.Create(context),
            EvaluateCommand.Create(context),
            TagCommand.Create(context),
            ReviewCommand.Create(context),
            FixCommand.Create(context),
            DraftCommand.Create(context),
        };
    }
}
