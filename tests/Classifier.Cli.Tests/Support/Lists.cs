namespace Classifier.Cli.Tests.Support;

/// <summary>Small monthly lists written by the tests.</summary>
internal static class Lists
{
    /// <summary>A well-formed April 2024 list whose only fault is a paper without a summary (an info finding).</summary>
    public const string OnlyMissingSummary = """
        # Top Computer Vision Papers in April 2024

        * [Image Recognition](#:~:text=1.%20Image%20Recognition)

        <h4 align="left">1. Image Recognition </h4>

        | Paper  | Project Page | Abstract / Short Summary |
        | ------------- | ------------- |------------- |
        | [A Backbone](https://arxiv.org/abs/2404.04803) | -- | A backbone for recognition. |
        | [A Detector](https://arxiv.org/abs/2404.00001) | -- | |

        """;
}
