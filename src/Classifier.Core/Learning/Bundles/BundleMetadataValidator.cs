using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Classifier.Core.Learning.Features;

namespace Classifier.Core.Learning.Bundles;

/// <summary>Checks metadata.json field by field after deserialising: no null where the type has none, numbers in their range.</summary>
/// <remarks>
/// System.Text.Json fills a missing or null field with null whatever the annotation says, and a hand-edited or truncated
/// file then fails far from the cause; this names the field instead. It walks the records by reflection so that fields
/// added later are checked too.
/// </remarks>
internal static class BundleMetadataValidator
{
    private static readonly NullabilityInfoContext Nullability = new();
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> s_properties = new();

    /// <summary>Throws <see cref="ModelBundleException"/> naming the first bad field, as a JSON path such as <c>Calibration.Before.Bins[2]</c>.</summary>
    public static void Validate(BundleMetadata metadata, string path)
    {
        // Before the walk: a short or absent hash would throw from the ShortHash property the walk reads.
        if (metadata.Encoder is { } encoder && (encoder.ModelSha256 is null || !IsSha256(encoder.ModelSha256)))
        {
            throw new ModelBundleException($"{path}: 'Encoder.ModelSha256' is not 64 lowercase hexadecimal digits; the bundle is damaged, retrain the model");
        }
        if (FirstNull(metadata, "", depth: 0) is { } field)
        {
            throw new ModelBundleException($"{path}: field '{field}' is null or missing; the bundle is damaged, retrain the model");
        }
        if (FirstOutOfRange(metadata) is { } problem)
        {
            throw new ModelBundleException($"{path}: {problem}; the bundle is damaged, retrain the model");
        }
    }

    /// <summary>Throws <see cref="ModelBundleException"/> naming the first out-of-fold record with a null field or a value out of its range.</summary>
    public static void ValidateOutOfFold(IReadOnlyList<OutOfFoldRecord> records, string path)
    {
        if (FirstNull(records, "", depth: 0) is { } field)
        {
            throw new ModelBundleException($"{path}: record '{field}' is null or has a null field; the bundle is damaged, retrain the model");
        }
        var bad = records.Select((record, index) => (record, index))
            .FirstOrDefault(r => r.record.Fold < 0 || !Array.TrueForAll(r.record.Probabilities, p => p is >= 0 and <= 1));
        if (bad.record is not null)
        {
            throw new ModelBundleException($"{path}: record '[{bad.index}]' has a fold below 0 or a probability outside 0-1; the bundle is damaged, retrain the model");
        }
    }

    // Temperature scaling divides the scores; beyond these bounds a model would say 1.00 or 1/n of everything.
    private const double LowestTemperature = 0.01;
    private const double HighestTemperature = 100;
    private const int LargestDimension = 4096;

    private static string? FirstOutOfRange(BundleMetadata m)
    {
        var temperature = m.Calibration.Temperature;
        return m switch
        {
            { RowCount: < 0 } => $"'RowCount' is {m.RowCount}, not a count",
            _ when !IsProbability(m.Threshold.Value) => $"'Threshold.Value' is {m.Threshold.Value}, not a probability",
            { Options.WordNgramLength: < 1 } or { Options.CharNgramLength: < 1 } => "'Options' n-gram lengths must be at least 1",
            { Options.Recipe: { } recipe } when !Enum.IsDefined(recipe) => $"'Options.Recipe' is {(int)recipe}, not an embedding recipe this tool knows",
            _ when temperature is not (>= LowestTemperature and <= HighestTemperature)
                => $"'Calibration.Temperature' is {temperature}, not a temperature between {LowestTemperature} and {HighestTemperature}",
            _ when m.RowsPerCategory.Values.Concat(m.RowsPerMonth.Values).Any(n => n < 0) => "'RowsPerCategory' or 'RowsPerMonth' holds a negative count",
            _ when m.TrainerComparison.Any(t => !IsProbability(t.Accuracy) || !IsProbability(t.MacroF1) || !IsProbability(t.BaselineMacroF1))
                => "'TrainerComparison' holds a score outside 0-1",
            _ when m.Options.Features.UsesEmbedding() && m.Encoder is null
                => $"field 'Encoder' is null or missing, but the model reads {m.Options.Features} features",
            { Encoder.Dimension: < 1 or > LargestDimension } => $"'Encoder.Dimension' is {m.Encoder!.Dimension}, not between 1 and {LargestDimension}",
            _ => null,
        };
    }

    private static bool IsProbability(double value) => value is >= 0 and <= 1;

    private static bool IsSha256(string hash) => hash.Length == 64 && hash.All(char.IsAsciiHexDigitLower);

    private static string? FirstNull(object value, string at, int depth)
    {
        // The metadata is a shallow tree of records; the bound only guards against a cycle.
        if (depth > 16 || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return null;
        }
        // An array of numbers holds no null: the out-of-fold records' probabilities were walked number by number, a name
        // and a box each (about 7,000 per load of a data/ bundle).
        if (value is Array array && array.GetType().GetElementType() is { IsPrimitive: true } or { IsEnum: true })
        {
            return null;
        }
        if (value is IEnumerable items)
        {
            return FirstNullItem(items, at, depth);
        }
        foreach (var property in s_properties.GetOrAdd(value.GetType(), Walked))
        {
            var name = at.Length == 0 ? property.Name : $"{at}.{property.Name}";
            var child = property.GetValue(value);
            if (child is null)
            {
                if (Nullability.Create(property).ReadState != NullabilityState.Nullable)
                {
                    return name;
                }
                continue;
            }
            if (FirstNull(child, name, depth + 1) is { } found)
            {
                return found;
            }
        }
        return null;
    }

    // The properties the walk reads, in declaration order: the project's own, without indexers.
    private static PropertyInfo[] Walked(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.DeclaringType?.Namespace?.StartsWith("Classifier", StringComparison.Ordinal) == true)];

    private static string? FirstNullItem(IEnumerable items, string at, int depth)
    {
        var index = 0;
        foreach (var item in items)
        {
            var name = $"{at}[{index++}]";
            // Dictionary entries are checked by their value, which for the metadata's maps is a number.
            var element = item?.GetType() is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>)
                ? type.GetProperty("Value")!.GetValue(item) ?? 0
                : item;
            if (element is null)
            {
                return name;
            }
            if (FirstNull(element, name, depth + 1) is { } found)
            {
                return found;
            }
        }
        return null;
    }
}
