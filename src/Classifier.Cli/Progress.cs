using Spectre.Console;

namespace Classifier.Cli;

/// <summary>Runs long work under a spinner on stderr when stderr is a terminal, and silently otherwise.</summary>
internal static class Progress
{
    public static T Run<T>(CliContext context, string start, Func<IProgress<string>?, T> work)
    {
        if (!context.ErrorIsTerminal)
        {
            return work(null);
        }
        return context.ErrorConsole().Status().Start(start, status =>
            work(new StatusProgress(status)));
    }

    // Progress<T> posts to the thread pool; reporting inline keeps the messages in order.
    private sealed class StatusProgress(StatusContext status) : IProgress<string>
    {
        public void Report(string value) => status.Status(Markup.Escape(value));
    }
}
