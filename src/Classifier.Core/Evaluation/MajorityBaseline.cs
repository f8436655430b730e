namespace Classifier.Core.Evaluation;

/// <summary>The baseline every model must beat: always answer the commonest training class.</summary>
internal static class MajorityBaseline
{
    /// <summary>The most frequent class index; ties go to the earlier class.</summary>
    public static int MostCommon(IEnumerable<int> classes, int classCount)
    {
        var counts = new int[classCount];
        foreach (var c in classes)
        {
            counts[c]++;
        }
        return Array.IndexOf(counts, counts.Max());
    }
}
