namespace Classifier.Core.Tagging.Outputs;

/// <summary>Writes tag results as they arrive, so output starts before the input ends.</summary>
public interface ITagResultWriter
{
    /// <summary>Writes each result with its <paramref name="top"/> best categories, flushing after every record.</summary>
    void Write(IEnumerable<TagResult> results, TextWriter output, int top);
}
