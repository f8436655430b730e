using Classifier.Core.Learning.Features.Ngrams;
using Classifier.Core.Learning.Gate;

namespace Classifier.Core.Learning.Bundles;

/// <summary>What tag reads instead of a gated or embedding model's ML.NET pipelines: the category model's tables and the gate's.</summary>
/// <param name="Gate">Null for a model without a gate (one that reads embeddings and learns out of scope, if at all, as a class).</param>
internal sealed record SemanticTables(NgramTables Categories, GateTables? Gate);
