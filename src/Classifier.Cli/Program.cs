namespace Classifier.Cli;

internal static class Program
{
    private static int Main(string[] args) => CliRunner.Run(args, CliContext.FromConsole());
}
