namespace Classifier.Core.Tests.Learning;

/// <summary>The test classes that read the semantic bundle learned on data/: it is learned once for all of them.</summary>
[CollectionDefinition(Name)]
public sealed class SemanticBundleCollection : ICollectionFixture<SemanticBundleFixture>
{
    public const string Name = "semantic bundle";
}
