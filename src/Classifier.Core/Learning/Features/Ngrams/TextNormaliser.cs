namespace Classifier.Core.Learning.Features.Ngrams;

/// <summary>
/// ML.NET's TextNormalizingTransformer as FeaturizeText runs it by default (lower case, diacritics removed, punctuation
/// and numbers kept), one UTF-16 unit at a time as it does, so the direct scorer sees the text ML.NET's n-grams saw.
/// </summary>
/// <remarks>The tables below are ML.NET 5.0's (src/Microsoft.ML.Transforms/Text/TextNormalizing.cs, MIT licence).</remarks>
internal static class TextNormaliser
{
    // A letter combined with a diacritic and the letter without it ("from Office NL team", as ML.NET says).
    private static readonly string[] s_combinedDiacriticsPairs =
    [
        // Latin letters combined with diacritics:
        "ÀA", "ÁA", "ÂA", "ÃA", "ÄA", "ÅA", "ÇC", "ÈE", "ÉE", "ÊE", "ËE", "ÌI", "ÍI", "ÎI", "ÏI", "ÑN",
        "ÒO", "ÓO", "ÔO", "ÕO", "ÖO", "ÙU", "ÚU", "ÛU", "ÜU", "ÝY", "àa", "áa", "âa", "ãa", "äa", "åa",
        "çc", "èe", "ée", "êe", "ëe", "ìi", "íi", "îi", "ïi", "ñn", "òo", "óo", "ôo", "õo", "öo", "ùu",
        "úu", "ûu", "üu", "ýy", "ÿy", "ĀA", "āa", "ĂA", "ăa", "ĄA", "ąa", "ĆC", "ćc", "ĈC", "ĉc", "ĊC",
        "ċc", "ČC", "čc", "ĎD", "ďd", "ĒE", "ēe", "ĔE", "ĕe", "ĖE", "ėe", "ĘE", "ęe", "ĚE", "ěe", "ĜG",
        "ĝg", "ĞG", "ğg", "ĠG", "ġg", "ĢG", "ģg", "ĤH", "ĥh", "ĨI", "ĩi", "ĪI", "īi", "ĬI", "ĭi", "ĮI",
        "įi", "İI", "ĴJ", "ĵj", "ĶK", "ķk", "ĹL", "ĺl", "ĻL", "ļl", "ĽL", "ľl", "ŃN", "ńn", "ŅN", "ņn",
        "ŇN", "ňn", "ŌO", "ōo", "ŎO", "ŏo", "ŐO", "őo", "ŔR", "ŕr", "ŖR", "ŗr", "ŘR", "řr", "ŚS", "śs",
        "ŜS", "ŝs", "ŞS", "şs", "ŠS", "šs", "ŢT", "ţt", "ŤT", "ťt", "ŨU", "ũu", "ŪU", "ūu", "ŬU", "ŭu",
        "ŮU", "ůu", "ŰU", "űu", "ŲU", "ųu", "ŴW", "ŵw", "ŶY", "ŷy", "ŸY", "ŹZ", "źz", "ŻZ", "żz", "ŽZ",
        "žz", "ƠO", "ơo", "ƯU", "ưu", "ǍA", "ǎa", "ǏI", "ǐi", "ǑO", "ǒo", "ǓU", "ǔu", "ǕU", "ǖu", "ǗU",
        "ǘu", "ǙU", "ǚu", "ǛU", "ǜu", "ǞA", "ǟa", "ǠA", "ǡa", "ǢÆ", "ǣæ", "ǦG", "ǧg", "ǨK", "ǩk", "ǪO",
        "ǫo", "ǬO", "ǭo", "ǮƷ", "ǯʒ", "ǰj", "ǴG", "ǵg", "ǸN", "ǹn", "ǺA", "ǻa", "ǼÆ", "ǽæ", "ǾØ", "ǿø",
        "ȀA", "ȁa", "ȂA", "ȃa", "ȄE", "ȅe", "ȆE", "ȇe", "ȈI", "ȉi", "ȊI", "ȋi", "ȌO", "ȍo", "ȎO", "ȏo",
        "ȐR", "ȑr", "ȒR", "ȓr", "ȔU", "ȕu", "ȖU", "ȗu", "ȘS", "șs", "ȚT", "țt", "ȞH", "ȟh", "ȦA", "ȧa",
        "ȨE", "ȩe", "ȪO", "ȫo", "ȬO", "ȭo", "ȮO", "ȯo", "ȰO", "ȱo", "ȲY", "ȳy",

        // Greek letters combined with diacritics:
        "ΆΑ", "ΈΕ", "ΉΗ", "ΊΙ", "ΌΟ", "ΎΥ", "ΏΩ", "ΐι", "ΪΙ", "ΫΥ", "άα", "έε", "ήη", "ίι", "ΰυ", "ϊι",
        "ϋυ", "όο", "ύυ", "ώω", "ϓϒ", "ϔϒ",

        // Cyrillic letters combined with diacritics:
        "ЀЕ", "ЁЕ", "ЃГ", "ЇІ", "ЌК", "ЍИ", "ЎУ", "ЙИ", "йи", "ѐе", "ёе", "ѓг", "їі", "ќк", "ѝи", "ўу",
        "ѶѴ", "ѷѵ", "ӁЖ", "ӂж", "ӐА", "ӑа", "ӒА", "ӓа", "ӖЕ", "ӗе", "ӚӘ", "ӛә", "ӜЖ", "ӝж", "ӞЗ", "ӟз",
        "ӢИ", "ӣи", "ӤИ", "ӥи", "ӦО", "ӧо", "ӪӨ", "ӫө", "ӬЭ", "ӭэ", "ӮУ", "ӯу", "ӰУ", "ӱу", "ӲУ", "ӳу",
        "ӴЧ", "ӵч", "ӸЫ", "ӹы",
    ];

    private static readonly Dictionary<char, char> s_withoutDiacritic = s_combinedDiacriticsPairs.ToDictionary(p => p[0], p => p[1]);

    /// <summary>The normalised text (combining diacritics dropped, letters with one replaced by the bare letter, then <see cref="char.ToLowerInvariant"/>), written into <paramref name="buffer"/>: at least as long as the text, since no character becomes two.</summary>
    public static ReadOnlySpan<char> Normalise(ReadOnlySpan<char> text, Span<char> buffer)
    {
        // Most titles are ASCII: one vectorised pass lowers them (and stops at the first other character).
        if (System.Text.Ascii.ToLower(text, buffer, out var written) == System.Buffers.OperationStatus.Done)
        {
            return buffer[..written];
        }
        var length = 0;
        foreach (var c in text)
        {
            if (!IsCombiningDiacritic(c))
            {
                buffer[length++] = char.ToLowerInvariant(s_withoutDiacritic.GetValueOrDefault(c, c));
            }
        }
        return buffer[..length];
    }

    // Basic, Hebrew and Arabic combining diacritics, as ML.NET lists them.
    private static bool IsCombiningDiacritic(char c) =>
        c is >= '\u0300' and <= '\u036F'
            or >= '\u0591' and <= '\u05BD' or '\u05C1' or '\u05C2' or '\u05C4' or '\u05C5' or '\u05C7'
            or >= '\u0610' and <= '\u0615' or >= '\u064C' and <= '\u065E' or '\u0670';
}
