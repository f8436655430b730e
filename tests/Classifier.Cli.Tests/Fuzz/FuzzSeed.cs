using FsCheck.Xunit;

namespace Classifier.Cli.Tests.Fuzz;

/// <summary>
/// The seed every fuzz property runs with: a fixed one unless <c>CVCLASSIFY_FUZZ_SEED</c> says otherwise, so CI is
/// repeatable. <c>CVCLASSIFY_FUZZ_SEED=random</c> draws a new seed; <c>CVCLASSIFY_FUZZ_SEED=seed,gamma</c> replays one.
/// Every failure message names the seed to replay.
/// </summary>
internal static class FuzzSeed
{
    public const string Variable = "CVCLASSIFY_FUZZ_SEED";

    private const string Fixed = "20261201,1442695040888963407";

    /// <summary>The FsCheck replay seed ("seed,gamma") of this test run.</summary>
    public static string Replay { get; } = Choose(Environment.GetEnvironmentVariable(Variable));

    /// <summary>How to run this failure again, for a failure message.</summary>
    public static string HowToReplay => $"replay with {Variable}={Replay}";

    private static string Choose(string? setting) => setting?.Trim() switch
    {
        null or "" => Fixed,
        "random" => $"{(ulong)Random.Shared.NextInt64()},{(ulong)Random.Shared.NextInt64() | 1}",
        var given => given,
    };
}

/// <summary>A property run with <see cref="FuzzSeed.Replay"/>.</summary>
public sealed class FuzzPropertyAttribute : PropertyAttribute
{
    public FuzzPropertyAttribute()
    {
        Replay = FuzzSeed.Replay;
    }
}
