using System.CommandLine;

namespace Classifier.Cli;

/// <summary>Parses the arguments, runs the chosen command, and turns usage and input errors into one line and exit code 2.</summary>
internal static class CliRunner
{
    public static int Run(string[] args, CliContext context)
    {
        var parseResult = RootCommandFactory.Create(context).Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            var command = parseResult.CommandResult.Command;
            var help = command is RootCommand ? "cvclassify --help" : $"cvclassify {command.Name} --help";
            UserErrors.Write(context.Error, $"{parseResult.Errors[0].Message} (see '{help}')");
            return ExitCodes.BadInput;
        }
        try
        {
            var exitCode = parseResult.Invoke(new InvocationConfiguration
            {
                Output = context.Output,
                Error = context.Error,
                EnableDefaultExceptionHandler = false,
            });
            context.Output.Flush();
            return exitCode;
        }
        catch (OutputClosedException)
        {
            return ExitCodes.OutputClosed;
        }
        catch (Exception exception) when (UserErrors.Describe(exception) is { } message)
        {
            // The rows already written go out before the error, so a reader sees everything up to the fault.
            if (!TryFlush(context.Output))
            {
                return ExitCodes.OutputClosed;
            }
            UserErrors.Write(context.Error, message);
            return ExitCodes.BadInput;
        }
    }

    private static bool TryFlush(TextWriter output)
    {
        try
        {
            output.Flush();
            return true;
        }
        catch (OutputClosedException)
        {
            return false;
        }
    }
}
