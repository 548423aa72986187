using System;

namespace Cooperation.Domain.Serialization;

/// <summary>
/// Receives one element of <c>sources</c>, <c>institutions</c>, <c>people</c>, <c>mechanisms</c> or <c>meetings</c>,
/// and the document's format version (1 or 2, <see cref="Serialization.CatalogFormat"/>); false stops the walk.
/// </summary>
internal delegate bool CatalogElementHandler(int collection, int index, ReadOnlySpan<byte> element, ElementPosition position, int version);
