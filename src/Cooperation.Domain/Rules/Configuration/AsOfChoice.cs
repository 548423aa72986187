namespace Cooperation.Domain.Rules;

/// <summary>How a configuration file chooses the as-of date (<see cref="ValidationConfiguration.AsOf"/>).</summary>
public enum AsOfChoice
{
    /// <summary>The file says nothing: the as-of date is left as it is.</summary>
    Unset,

    /// <summary><c>"today"</c>: the day the caller gives as today (the library never reads the clock).</summary>
    Today,

    /// <summary><c>"none"</c>: no as-of date, so the rules on "today" do not run (and reports say so).</summary>
    None,

    /// <summary>A fixed day (<c>"2026-11-27"</c>): <see cref="ValidationConfiguration.AsOfDate"/>.</summary>
    Fixed,
}
