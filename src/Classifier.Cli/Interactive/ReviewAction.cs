namespace Classifier.Cli.Interactive;

/// <summary>What the curator can do with a flag, as the prompt offers it.</summary>
internal enum ReviewAction
{
    Accept,
    Reject,
    Elsewhere,
    Skip,
    Undo,
    Quit,
    Finish,
}
