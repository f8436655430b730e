namespace Classifier.Bench.Speed;

/// <summary>One side of a comparison: a named whole-process command, run once per round.</summary>
/// <param name="Prepare">Run before each round, outside the measurement (e.g. emptying a cache so every round starts alike).</param>
internal sealed record Arm(string Name, string Program, IReadOnlyList<string> Arguments, IReadOnlyDictionary<string, string>? Environment = null, Action? Prepare = null)
{
    public ProcessCost Run(string stdoutPath)
    {
        Prepare?.Invoke();
        return ProcessMeter.Run(Program, Arguments, stdoutPath, Environment);
    }
}
