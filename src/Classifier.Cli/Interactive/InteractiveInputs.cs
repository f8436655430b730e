using Classifier.Core.Review.Decisions;

namespace Classifier.Cli.Interactive;

/// <summary>What an interactive review works on: the list (as given and resolved), the data and model folders, the ledger.</summary>
internal sealed record InteractiveInputs(string Given, string Path, string? DataFolder, string? ModelFolder, DecisionLedger Ledger);
