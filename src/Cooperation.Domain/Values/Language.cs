using System.Text.Json.Serialization;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain;

/// <summary>The languages of the library's bilingual text: those of the source documents. JSON: <c>"es"</c>, <c>"en"</c>.</summary>
[JsonConverter(typeof(LanguageJsonConverter))]
public enum Language
{
    /// <summary>Spanish (ISO 639-1 "es").</summary>
    Spanish = 1,

    /// <summary>English (ISO 639-1 "en").</summary>
    English = 2,
}
