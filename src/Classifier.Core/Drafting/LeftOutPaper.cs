using Classifier.Core.Papers;

namespace Classifier.Core.Drafting;

/// <summary>Why a draft leaves a paper out.</summary>
internal enum LeftOutReason
{
    /// <summary>The model says no category fits.</summary>
    NoCategoryFits,

    /// <summary>Its arXiv id is from another month than the draft's or the month before (the other-month review rule).</summary>
    OtherMonth,

    /// <summary>The inputs hold it twice; the first one is kept.</summary>
    Duplicate,

    /// <summary>An earlier month's list already has it.</summary>
    AlreadyListed,

    /// <summary>It has neither an arXiv id nor a link for its row to point at.</summary>
    NoLink,
}

/// <summary>A paper a draft leaves out, and why in words.</summary>
internal sealed record LeftOutPaper(Paper Paper, LeftOutReason Reason, string Detail)
{
    /// <summary>The reason as kebab-case, as the JSON report writes it ("no-category-fits").</summary>
    public string ReasonId => Reason switch
    {
        LeftOutReason.NoCategoryFits => "no-category-fits",
        LeftOutReason.OtherMonth => "other-month",
        LeftOutReason.Duplicate => "duplicate",
        LeftOutReason.AlreadyListed => "already-listed",
        _ => "no-link",
    };
}
