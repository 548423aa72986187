namespace Cooperation.Domain;

/// <summary>The languages of the library's bilingual text: those of the source documents.</summary>
public enum Language
{
    /// <summary>Spanish (ISO 639-1 "es").</summary>
    Spanish = 1,

    /// <summary>English (ISO 639-1 "en").</summary>
    English = 2,
}
