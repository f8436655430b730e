namespace Classifier.Core.Lists;

/// <summary>One table-of-contents link: its text, its target link, the section the target resolves to (or null) and its line.</summary>
internal sealed record TocEntry(string Text, string Link, ListSection? Target, int Line);
