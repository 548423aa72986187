namespace Cooperation.Domain;

/// <summary>
/// What a <see cref="DocumentWriter{T}"/>'s parts yield: nothing but the moment between two parts, when every byte
/// written is in the destination and may be passed on.
/// </summary>
internal readonly struct DocumentPart;
