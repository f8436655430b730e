namespace Classifier.Core.Learning.Bundles;

/// <summary>The points between the renames of a bundle swap, where tests inject a fault.</summary>
public enum SwapStep
{
    /// <summary>The old bundle has been renamed aside; the bundle folder is absent until the next step.</summary>
    OldMovedAside,

    /// <summary>The new bundle is in place; the old one still sits aside.</summary>
    NewMovedIn,
}
