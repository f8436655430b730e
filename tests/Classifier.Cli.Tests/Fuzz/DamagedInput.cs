namespace Classifier.Cli.Tests.Fuzz;

/// <summary>One generated input file: its kind (the extension), its bytes, and how it was damaged, for the failure report.</summary>
public sealed record DamagedInput(string Extension, byte[] Bytes, string Damage)
{
    public override string ToString() => $"{Extension} ({Bytes.Length} bytes): {Damage}";
}
