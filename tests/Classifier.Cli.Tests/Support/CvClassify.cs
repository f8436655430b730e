namespace Classifier.Cli.Tests.Support;

/// <summary>Runs the root command in-process with stdout and stderr captured.</summary>
internal static class CvClassify
{
    public static CliResult Run(params string[] args) => RunIn(Environment.CurrentDirectory, args);

    public static CliResult RunIn(string workingDirectory, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };

        var exitCode = CliRunner.Run(args, CliContext.Captured(output, error, workingDirectory));

        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}
