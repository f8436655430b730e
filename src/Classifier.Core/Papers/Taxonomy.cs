namespace Classifier.Core.Papers;

/// <summary>The nine categories in list order (see shared/taxonomy.md).</summary>
public static class Taxonomy
{
    public static IReadOnlyList<Category> Categories { get; } =
    [
        new(1, "Image Recognition"),
        new(2, "Vision Model Optimization"),
        new(3, "Generative Adversarial Networks (GANS)"),
        new(4, "Image Segmentation"),
        new(5, "Video Analysis"),
        new(6, "Image & Video Editing"),
        new(7, "Text to Image Generation"),
        new(8, "Image & Video Reconstruction"),
        new(9, "Action Recognition"),
    ];

    /// <summary>
    /// The tenth outcome the model learns from data/out-of-scope.jsonl: papers the lists leave out. It is a label, never a
    /// section of a list, so it is not among <see cref="Categories"/>.
    /// </summary>
    public static Category OutOfScope { get; } = new(10, "Out of scope");

    /// <summary>A category or <see cref="OutOfScope"/> by name: what a model's label can be.</summary>
    public static Category? FindLabel(string name) => Find(name) ?? (Normalize(name) == Normalize(OutOfScope.Name) ? OutOfScope : null);

    /// <summary>Finds a category by name, ignoring case, non-breaking spaces and runs of white space.</summary>
    public static Category? Find(string name)
    {
        var key = Normalize(name);
        return Categories.FirstOrDefault(c => Normalize(c.Name) == key);
    }

    public static Category ByNumber(int number) => Categories[number - 1];

    private static string Normalize(string name) =>
        string.Join(' ', name.Replace('\u00A0', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToUpperInvariant();
}
