namespace Classifier.Cli;

/// <summary>The process exit codes of cvclassify.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>A review found something at or above the --fail-on severity.</summary>
    public const int FindingsAtOrAboveThreshold = 1;

    /// <summary>fix --check: the list would change (as dotnet format --verify-no-changes exits for CI).</summary>
    public const int ListWouldChange = 1;

    /// <summary>Bad usage or input: unknown option, missing or malformed file, unreadable model.</summary>
    public const int BadInput = 2;

    /// <summary>A check could not run (review without a model bundle): the findings printed are not the whole review.</summary>
    public const int CheckNotRun = 3;

    /// <summary>The reader of stdout went away (a closed pipe): 128 + SIGPIPE, as a shell reports a process killed by it.</summary>
    public const int OutputClosed = 141;
}
