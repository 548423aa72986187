using System;

namespace Cooperation.Domain.Serialization;

/// <summary>One member of an entity's JSON object, as the converters read and write it and the schema describes it.</summary>
/// <param name="Name">The JSON member name (camelCase).</param>
/// <param name="Type">The value's type (the element type for arrays).</param>
/// <param name="Required">True when the member must be present.</param>
/// <param name="IsArray">True for an array, which is omitted when empty.</param>
internal sealed record JsonMemberInfo(string Name, Type Type, bool Required, bool IsArray);
