using System;

namespace Cooperation.Domain;

/// <summary>Receives one element of <c>sources</c>, <c>institutions</c>, <c>mechanisms</c> or <c>meetings</c>; false stops the walk.</summary>
internal delegate bool CatalogElementHandler(int collection, int index, ReadOnlySpan<byte> element, ElementPosition position);
