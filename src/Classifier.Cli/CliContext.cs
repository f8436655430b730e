using Classifier.Core.Files;
using Spectre.Console;

namespace Classifier.Cli;

/// <summary>Where a command writes and from which directory relative paths are read; tests inject their own.</summary>
internal sealed record CliContext(TextWriter Output, TextWriter Error, string WorkingDirectory, bool OutputIsTerminal, bool ErrorIsTerminal)
{
    /// <summary>Whether stdin is a terminal (interactive review needs it and stdout to be one).</summary>
    public bool InputIsTerminal { get; init; }

    /// <summary>The console interactive prompts use; the process's own when not set (tests set a scripted one).</summary>
    public IAnsiConsole? Terminal { get; init; }

    /// <summary>Reads an environment variable; tests give their own environment.</summary>
    public Func<string, string?> Variable { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>Standard input, which 'tag -' reads; tests give their own bytes.</summary>
    public Func<Stream> StandardInput { get; init; } = ProcessStandardInput.Open;

    /// <summary>The folder the tool runs from, where an installed tool keeps its bundled model.</summary>
    public string ToolDirectory { get; init; } = AppContext.BaseDirectory;

    // Without a terminal Spectre falls back to 80 columns, which wraps the tables in pipes and files.
    private const int PipeWidth = 160;

    /// <summary>The real console: stdout, stderr, the process's current directory.</summary>
    public static CliContext FromConsole() => new(
        Console.IsOutputRedirected ? StandardOutput.Open() : Console.Out,
        Console.Error,
        Environment.CurrentDirectory,
        !Console.IsOutputRedirected,
        !Console.IsErrorRedirected)
    {
        InputIsTerminal = !Console.IsInputRedirected,
    };

    /// <summary>Captured writers, as tests use them: no terminal, no colours.</summary>
    public static CliContext Captured(TextWriter output, TextWriter error, string workingDirectory) =>
        new(output, error, workingDirectory, false, false);

    /// <summary>A path as given, made relative to the process when it is not rooted, so messages show what the user typed.</summary>
    public string Resolve(string path)
    {
        if (Path.IsPathRooted(path) || PathsEqual(WorkingDirectory, Environment.CurrentDirectory))
        {
            return path;
        }
        return Path.Combine(WorkingDirectory, path);
    }

    /// <summary>A Spectre console over stdout for tables; plain text when stdout is not a terminal.</summary>
    public IAnsiConsole OutputConsole() => ConsoleOver(Output, OutputIsTerminal);

    /// <summary>The console for prompts: the scripted one of a test, else the process's terminal.</summary>
    public IAnsiConsole InteractiveConsole() => Terminal ?? AnsiConsole.Console;

    /// <summary>A Spectre console over stderr, for progress that only a person at a terminal sees.</summary>
    public IAnsiConsole ErrorConsole() => ConsoleOver(Error, ErrorIsTerminal);

    private static IAnsiConsole ConsoleOver(TextWriter writer, bool isTerminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = isTerminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!isTerminal)
        {
            console.Profile.Width = PipeWidth;
        }
        return console;
    }

    private static bool PathsEqual(string a, string b) =>
        string.Equals(Path.GetFullPath(a).TrimEnd(Path.DirectorySeparatorChar), Path.GetFullPath(b).TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal);
}
