namespace Classifier.Bench.Speed;

/// <summary>One side of a comparison: a named whole-process command, run once per round.</summary>
internal sealed record Arm(string Name, string Program, IReadOnlyList<string> Arguments, IReadOnlyDictionary<string, string>? Environment = null)
{
    public ProcessCost Run(string stdoutPath) => ProcessMeter.Run(Program, Arguments, stdoutPath, Environment);
}
