namespace Classifier.Core.Learning.Bundles;

/// <summary>A bundle that is missing, corrupt or made for another version; the message is one line naming the file.</summary>
public sealed class ModelBundleException(string message, Exception? inner = null) : Exception(message, inner);
