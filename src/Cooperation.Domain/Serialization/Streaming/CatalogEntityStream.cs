using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace Cooperation.Domain.Serialization;

/// <summary>
/// The iterator behind <see cref="CooperationJson.ReadEntitiesAsync"/>: the stream walker reads a buffer's worth of
/// elements, each is read into its entity as the whole read reads it (same options, same error location), and they
/// are handed on before the next buffer is read, so memory holds one buffer's entities at most.
/// </summary>
internal static class CatalogEntityStream
{
    public static async IAsyncEnumerable<CatalogEntity> ReadAsync(Stream utf8Json, int maxBytes, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var ready = new Queue<CatalogEntity>();
        bool Add(int collection, int index, ReadOnlySpan<byte> element, ElementPosition position, int version)
        {
            ready.Enqueue(new CatalogEntity(CatalogStreamWalker.Collections[collection], index, Read(collection, index, element, position, version)));
            return true;
        }

        await foreach (var _ in CatalogStreamWalker.StepsAsync(utf8Json, maxBytes, null, Add, cancellationToken).ConfigureAwait(false))
        {
            while (ready.TryDequeue(out var entity))
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return entity;
            }
        }
    }

    private static object Read(int collection, int index, ReadOnlySpan<byte> element, ElementPosition position, int version)
    {
        var name = CatalogStreamWalker.Collections[collection];
        var options = CatalogFormat.OptionsFor(version, CooperationJson.ReadOptions);
        return collection switch
        {
            0 => CooperationJson.ReadElement<Source>(element, name, index, position, options),
            1 => CooperationJson.ReadElement<Institution>(element, name, index, position, options),
            2 => CooperationJson.ReadElement<Person>(element, name, index, position, options),
            3 => CooperationJson.ReadElement<Mechanism>(element, name, index, position, options),
            _ => CooperationJson.ReadElement<Meeting>(element, name, index, position, options),
        };
    }
}
