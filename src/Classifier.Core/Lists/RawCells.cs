namespace Classifier.Core.Lists;

/// <summary>Splits a raw pipe-table line into its written cells; Markdig pads rows to the widest row, so it cannot count them.</summary>
internal static class RawCells
{
    public static IReadOnlyList<string> Split(string line)
    {
        var cells = new List<string>();
        var current = new System.Text.StringBuilder();
        var inCode = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '\\' && i + 1 < line.Length)
            {
                current.Append(c).Append(line[++i]);
                continue;
            }
            inCode ^= c == '`';
            if (c == '|' && !inCode)
            {
                cells.Add(current.ToString().Trim());
                current.Clear();
                continue;
            }
            current.Append(c);
        }
        cells.Add(current.ToString().Trim());
        return Trim(cells, line.Trim());
    }

    private static List<string> Trim(List<string> cells, string trimmed)
    {
        if (trimmed.StartsWith('|'))
        {
            cells.RemoveAt(0);
        }
        if (trimmed.EndsWith('|') && trimmed.Length > 1 && cells.Count > 0)
        {
            cells.RemoveAt(cells.Count - 1);
        }
        return cells;
    }
}
