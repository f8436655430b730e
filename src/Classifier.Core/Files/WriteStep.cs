namespace Classifier.Core.Files;

/// <summary>The points between the steps of a safe write, where tests inject a fault to prove nothing is lost.</summary>
public enum WriteStep
{
    /// <summary>The new content is complete in a temp file; the target is untouched.</summary>
    TempWritten,

    /// <summary>The backup of the old content is complete; the target is still the old one.</summary>
    BackupWritten,

    /// <summary>The temp file has been renamed over the target.</summary>
    Replaced,
}
