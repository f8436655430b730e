namespace Classifier.Cli.Tests.Support;

/// <summary>What one in-process run of cvclassify printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
