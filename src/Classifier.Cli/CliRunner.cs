using System.CommandLine;
using Classifier.Core.Learning.Features.Embeddings;

namespace Classifier.Cli;

/// <summary>Parses the arguments, runs the chosen command, and turns usage and input errors into one line and exit code 2.</summary>
internal static class CliRunner
{
    public static int Run(string[] args, CliContext context)
    {
        try
        {
            return ParseAndInvoke(args, context);
        }
        finally
        {
            // A command that failed before encoding leaves the encoder's session half-built on another thread.
            MiniLmPreloader.Settle();
        }
    }

    private static int ParseAndInvoke(string[] args, CliContext context)
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
        catch (OutputFailedException failed)
        {
            UserErrors.Write(context.Error, failed.Message);
            return ExitCodes.BadInput;
        }
        catch (Exception exception) when (UserErrors.Describe(exception) is { } message)
        {
            // The rows already written go out before the error, so a reader sees everything up to the fault.
            return Flush(context) switch
            {
                null => Fail(context, message),
                OutputClosedException => ExitCodes.OutputClosed,
                var failed => Fail(context, failed.Message),
            };
        }
    }

    private static int Fail(CliContext context, string message)
    {
        UserErrors.Write(context.Error, message);
        return ExitCodes.BadInput;
    }

    private static IOException? Flush(CliContext context)
    {
        try
        {
            context.Output.Flush();
            return null;
        }
        catch (Exception exception) when (exception is OutputClosedException or OutputFailedException)
        {
            return (IOException)exception;
        }
    }
}
