using System;
using System.Text.Json;

namespace Cooperation.Domain.Serialization;

/// <summary>Registers the model's converters on <see cref="JsonSerializerOptions"/>, in the manner of NodaTime's <c>ConfigureForNodaTime</c>.</summary>
public static class CooperationJsonSerializerOptionsExtensions
{
    /// <summary>
    /// Adds every converter of <see cref="CooperationConverters.All"/> that <paramref name="options"/> does not have
    /// yet (calling it twice adds nothing), and returns the same options for chaining.
    /// </summary>
    /// <remarks>
    /// The resolver is left alone: reflection-based options keep resolving your own types, and a source-generated
    /// context keeps its own. For a resolver chain without reflection, add
    /// <see cref="CooperationJsonContext.Default"/> to <c>options.TypeInfoResolverChain</c> as well.
    /// </remarks>
    /// <param name="options">Options that are not read-only yet.</param>
    /// <returns><paramref name="options"/>.</returns>
    /// <exception cref="InvalidOperationException">The options are read-only (they have been used already).</exception>
    public static JsonSerializerOptions ConfigureForCooperation(this JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.IsReadOnly)
        {
            throw new InvalidOperationException("These JsonSerializerOptions are read-only (they have been used): configure them for Cooperation.Domain before the first serialization.");
        }

        foreach (var converter in CooperationConverters.All)
        {
            var present = false;
            foreach (var existing in options.Converters)
            {
                if (existing.GetType() == converter.GetType())
                {
                    present = true;
                    break;
                }
            }

            if (!present)
            {
                options.Converters.Add(converter);
            }
        }

        return options;
    }
}
