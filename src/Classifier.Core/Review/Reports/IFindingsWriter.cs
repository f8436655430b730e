namespace Classifier.Core.Review.Reports;

/// <summary>Writes a review's findings, in the order given, to a text writer.</summary>
public interface IFindingsWriter
{
    /// <summary>Writes every finding; an empty list still produces a valid document.</summary>
    void Write(IReadOnlyList<Finding> findings, TextWriter output);
}
