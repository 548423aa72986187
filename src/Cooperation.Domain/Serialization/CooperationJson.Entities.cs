using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain;

// The entity stream: the stream walker reads a buffer's worth of elements, each is read into its entity as the whole
// read reads it (the same converters, the same error location), and they are handed on before the next buffer is
// read, so memory holds one buffer's entities at most.
public static partial class CooperationJson
{
    /// <summary>
    /// Reads a catalog's entities from a UTF-8 JSON stream one at a time, in document order, without holding the
    /// catalog: for services that import or forward catalogs too large to hold. Each entity is checked as
    /// <see cref="ReadCatalogAsync(Stream, CancellationToken)"/> checks it, and a document that reader refuses is
    /// refused here with the same <see cref="CooperationJsonException"/> (message, JSON path, line and column), after
    /// the entities that come before the fault. Memory holds one buffer (1 MiB, or the largest entity) and the entities
    /// it holds, whatever the document's size.
    /// </summary>
    /// <param name="utf8Json">The stream; read to its end with <see cref="Stream.ReadAsync(Memory{byte}, CancellationToken)"/> only.</param>
    /// <param name="maxBytes">
    /// The largest document accepted (<see cref="MaxDocumentBytes"/> by default): memory does not grow with it, so a
    /// service that streams larger catalogs passes a larger limit, up to <see cref="int.MaxValue"/>.
    /// </param>
    /// <param name="cancellationToken">
    /// Stops the read with an <see cref="OperationCanceledException"/>: it is checked before every read from the
    /// stream and before each entity is handed over, and passed to each read. A token given with
    /// <c>WithCancellation</c> is honoured too.
    /// </param>
    /// <returns>The entities, each with its collection and index: <c>await foreach (var entry in …)</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxBytes"/> is not positive.</exception>
    public static IAsyncEnumerable<CatalogEntity> ReadEntitiesAsync(Stream utf8Json, int maxBytes = MaxDocumentBytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        return ReadEntities(utf8Json, maxBytes, cancellationToken);
    }

    private static async IAsyncEnumerable<CatalogEntity> ReadEntities(Stream utf8Json, int maxBytes, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var ready = new Queue<CatalogEntity>();
        bool Add(int collection, int index, ReadOnlySpan<byte> element, ElementPosition position, int version)
        {
            var kind = (CatalogEntityKind)collection;
            ready.Enqueue(new CatalogEntity(kind, index, ReadEntity(kind, index, element, position, version)));
            return true;
        }

        var steps = CatalogStreamWalker.StepsAsync(utf8Json, maxBytes, null, Add, cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using (steps.ConfigureAwait(false))
        {
            while (await NextStep(steps).ConfigureAwait(false))
            {
                while (ready.TryDequeue(out var entity))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    yield return entity;
                }
            }
        }
    }

    // One step of the walk; a located error of the walker or of an entity made public as the whole read makes it.
    private static async ValueTask<bool> NextStep(IAsyncEnumerator<int> steps)
    {
        try
        {
            return await steps.MoveNextAsync().ConfigureAwait(false);
        }
        catch (JsonReadFailure failure)
        {
            throw new CooperationJsonException(failure);
        }
    }

    private static object ReadEntity(CatalogEntityKind kind, int index, ReadOnlySpan<byte> element, ElementPosition position, int version)
    {
        var name = CatalogCollections.NameOf(kind);
        var readers = CatalogFormat.ReadersFor(version);
        return kind switch
        {
            CatalogEntityKind.Source => ReadElement(element, name, index, position, readers.Source),
            CatalogEntityKind.Institution => ReadElement(element, name, index, position, readers.Institution),
            CatalogEntityKind.Person => ReadElement(element, name, index, position, readers.Person),
            CatalogEntityKind.Mechanism => ReadElement(element, name, index, position, readers.Mechanism),
            _ => ReadElement(element, name, index, position, readers.Meeting),
        };
    }
}
