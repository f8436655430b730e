using System.Text.Json.Serialization;
using Classifier.Core.Learning.Gate;

namespace Classifier.Core.Learning.Bundles;

/// <summary>The bundle's JSON files, serialised by code generated at build time rather than by reflection at start-up.</summary>
[JsonSerializable(typeof(BundleMetadata))]
[JsonSerializable(typeof(List<OutOfFoldRecord>))]
[JsonSerializable(typeof(IReadOnlyList<OutOfFoldRecord>))]
[JsonSerializable(typeof(BundleManifest))]
[JsonSerializable(typeof(List<GateBundleFiles.SavedExample>))]
internal sealed partial class BundleJsonContext : JsonSerializerContext;
