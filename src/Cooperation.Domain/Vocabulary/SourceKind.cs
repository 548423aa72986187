using System.ComponentModel;
using System.Text.Json.Serialization;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain;

/// <summary>The kind of a source document.</summary>
[JsonConverter(typeof(VocabularyJsonConverter<SourceKind>))]
[TypeConverter(typeof(VocabularyTypeConverter<SourceKind>))]
public sealed class SourceKind : VocabularyValue<SourceKind>
{
    /// <summary>Press release (<c>press-release</c>): A press release of one government body.</summary>
    public static readonly SourceKind PressRelease = new("press-release", 1, "Press release", "Comunicado", "A press release of one government body.");

    /// <summary>Joint communiqué (<c>joint-communique</c>): A communiqué issued jointly by several bodies.</summary>
    public static readonly SourceKind JointCommunique = new("joint-communique", 2, "Joint communiqué", "Comunicado conjunto", "A communiqué issued jointly by several bodies.");

    /// <summary>News article (<c>news-article</c>): A report by a news organization.</summary>
    public static readonly SourceKind NewsArticle = new("news-article", 3, "News article", "Nota periodística", "A report by a news organization.");

    /// <summary>Presentation (<c>presentation</c>): Slides or a talk given at a meeting.</summary>
    public static readonly SourceKind Presentation = new("presentation", 4, "Presentation", "Presentación", "Slides or a talk given at a meeting.");

    private SourceKind(string name, int value, string english, string spanish, string definition)
        : base(name, value, english, spanish, definition)
    {
    }
}
