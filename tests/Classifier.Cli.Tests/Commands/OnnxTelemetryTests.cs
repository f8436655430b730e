using Classifier.Cli.Tests.Support;
using Classifier.Core.Learning.Features.Embeddings;

namespace Classifier.Cli.Tests.Commands;

/// <summary>A semantic tag leaves no ONNX Runtime telemetry behind (device id, event store) unless the user turned it on.</summary>
public sealed class OnnxTelemetryTests
{
    [Fact]
    public void Tag_WithTheBundledModel_WritesNoTelemetryUnderHome()
    {
        using var home = new TempDirectory();

        var exitCode = TagWithHome(home, telemetrySwitch: null);

        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.False(Directory.Exists(home.PathOf(".cache/Microsoft")), "ONNX Runtime wrote its telemetry store under HOME");
    }

    // The same run with the user's own ORT_DISABLE_TELEMETRY=0: the store appears, so the check above can see it.
    [Fact]
    public void Tag_WhenTheUserSetTheSwitchToZero_LeavesTheirChoice()
    {
        using var home = new TempDirectory();

        var exitCode = TagWithHome(home, telemetrySwitch: "0");

        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.True(Directory.Exists(home.PathOf(".cache/Microsoft/DeveloperTools/.onnxruntime")), "no telemetry store: this ONNX Runtime may have none to turn off");
    }

    // ONNX Runtime sends nothing when it sees a CI service's marker (CI=true here turns the store off, as does
    // GITHUB_ACTIONS), and puts its store under XDG_CACHE_HOME when set; the child gets neither, so that the
    // control above sees the store on a CI machine too and the check above it can fail there.
    private static readonly string[] RuntimeTelemetryMarkers =
    [
        "CI", "TF_BUILD", "GITHUB_ACTIONS", "GITLAB_CI", "CIRCLECI", "TRAVIS", "JENKINS_URL", "CODEBUILD_BUILD_ID",
        "BUILDKITE", "TEAMCITY_VERSION", "APPVEYOR", "BITBUCKET_BUILD_NUMBER", "XDG_CACHE_HOME",
    ];

    private static int TagWithHome(TempDirectory home, string? telemetrySwitch)
    {
        home.Write("papers.csv", "title\nSegment Anything\n");
        var model = Path.Combine(Repository.Root, "trained-models");
        // The embedding cache stays where it is, so that the encoder's model is not copied into the new HOME.
        var environment = $"HOME='{home.Path}' CVCLASSIFY_CACHE='{EmbeddingCache.DefaultFolder()}'" + (telemetrySwitch is null ? "" : $" {OnnxTelemetry.Variable}={telemetrySwitch}");
        var result = ChildProcess.Shell($"unset {OnnxTelemetry.Variable} {string.Join(' ', RuntimeTelemetryMarkers)}; {environment} {ChildProcess.Command} tag papers.csv --format jsonl --model '{model}'", home.Path);
        return result.ExitCode;
    }
}
