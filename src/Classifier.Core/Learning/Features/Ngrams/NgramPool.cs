namespace Classifier.Core.Learning.Features.Ngrams;

/// <summary>One fitted n-gram extractor as ML.NET saved it: every n-gram's key sequence, in slot order, and its inverse document frequency.</summary>
internal sealed record NgramPool(int NgramLength, uint[][] Sequences, double[] InverseDocumentFrequencies);
