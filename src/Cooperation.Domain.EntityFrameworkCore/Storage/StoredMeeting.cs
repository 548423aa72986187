namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>A meeting as stored, with the version an edit of it must name (<see cref="CatalogStore.SaveMeetingAsync"/>).</summary>
public sealed class StoredMeeting
{
    /// <summary>Creates the pair.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="version">Its stored version.</param>
    public StoredMeeting(Meeting meeting, long version)
    {
        System.ArgumentNullException.ThrowIfNull(meeting);
        Meeting = meeting;
        Version = version;
    }

    /// <summary>The meeting.</summary>
    public Meeting Meeting { get; }

    /// <summary>Its stored version: 1 when first saved, one more with each save.</summary>
    public long Version { get; }
}
