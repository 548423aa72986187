using System.ComponentModel;
using System.Text.Json.Serialization;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain;

/// <summary>Where a mechanism stands against its cadence on a given date.</summary>
/// <remarks>Computed by <see cref="CadenceSchedule"/>; the arithmetic is documented in docs/cadence.md.</remarks>
[JsonConverter(typeof(VocabularyJsonConverter<CadenceStatus>))]
[TypeConverter(typeof(VocabularyTypeConverter<CadenceStatus>))]
public sealed class CadenceStatus : VocabularyValue<CadenceStatus>
{
    /// <summary>On schedule (<c>on-schedule</c>): The next ordinary meeting is not yet due: the date is before its expected window.</summary>
    public static readonly CadenceStatus OnSchedule = new("on-schedule", 1, "On schedule", "Al día", "The next ordinary meeting is not yet due: the date is before its expected window.");

    /// <summary>Due (<c>due</c>): The date is within the expected window of the next ordinary meeting, or its grace period.</summary>
    public static readonly CadenceStatus Due = new("due", 2, "Due", "Próxima", "The date is within the expected window of the next ordinary meeting, or its grace period.");

    /// <summary>Overdue (<c>overdue</c>): The expected window and its grace period have passed without a held ordinary meeting.</summary>
    public static readonly CadenceStatus Overdue = new("overdue", 3, "Overdue", "Atrasada", "The expected window and its grace period have passed without a held ordinary meeting.");

    /// <summary>Unscheduled (<c>unscheduled</c>): No meeting is expected: the mechanism is in negotiation, superseded or dissolved, has no periodic cadence, has nothing to count from, or its schedule would run past the year 9999.</summary>
    public static readonly CadenceStatus Unscheduled = new("unscheduled", 4, "Unscheduled", "Sin calendario", "No meeting is expected: the mechanism is in negotiation, superseded or dissolved, has no periodic cadence, has nothing to count from, or its schedule would run past the year 9999.");

    /// <summary>Dormant (<c>dormant</c>): A further whole interval has passed after the mechanism became overdue.</summary>
    public static readonly CadenceStatus Dormant = new("dormant", 5, "Dormant", "Inactivo", "A further whole interval has passed after the mechanism became overdue.");

    private CadenceStatus(string name, int value, string english, string spanish, string definition)
        : base(name, value, english, spanish, definition)
    {
    }
}
