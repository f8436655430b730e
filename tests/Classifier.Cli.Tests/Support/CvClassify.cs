using Spectre.Console.Testing;

namespace Classifier.Cli.Tests.Support;

/// <summary>Runs the root command in-process with stdout and stderr captured.</summary>
internal static class CvClassify
{
    public static CliResult Run(params string[] args) => RunIn(Environment.CurrentDirectory, args);

    /// <summary>Runs as if at a terminal whose keys come from <paramref name="terminal"/> (Spectre's scripted TestConsole).</summary>
    public static CliResult RunAtTerminal(TestConsole terminal, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var context = CliContext.Captured(output, error, Environment.CurrentDirectory) with { OutputIsTerminal = true, InputIsTerminal = true, Terminal = terminal };

        var exitCode = CliRunner.Run(args, context);

        return new CliResult(exitCode, terminal.Output, error.ToString());
    }

    public static CliResult RunIn(string workingDirectory, params string[] args) => RunIn(workingDirectory, c => c, args);

    /// <summary>Runs with the context changed first (another environment, another tool folder).</summary>
    public static CliResult RunIn(string workingDirectory, Func<CliContext, CliContext> change, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };

        var exitCode = CliRunner.Run(args, change(CliContext.Captured(output, error, workingDirectory)));

        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}
