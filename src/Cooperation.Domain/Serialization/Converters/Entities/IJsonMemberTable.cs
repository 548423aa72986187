namespace Cooperation.Domain.Serialization;

/// <summary>A converter of a JSON object whose members are listed, in canonical order, for the JSON Schema export.</summary>
internal interface IJsonMemberTable
{
    /// <summary>The members, in the order they are written.</summary>
    JsonMemberInfo[] Members { get; }
}
