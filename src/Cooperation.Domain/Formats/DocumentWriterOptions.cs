namespace Cooperation.Domain;

/// <summary>
/// The options every family of formats shares; a family that needs more derives its own
/// (<see cref="Rules.ReportWriterOptions"/>). Given to a writer's constructor, or to its family's <c>Create</c>.
/// </summary>
public record DocumentWriterOptions
{
    /// <summary>The options of a writer that is given none: JSON indented.</summary>
    public static DocumentWriterOptions Default { get; } = new();

    /// <summary>
    /// Whether JSON formats are indented (two spaces, LF), as the tool writes them; false writes each document on one
    /// line. Text formats ignore it.
    /// </summary>
    public bool Indented { get; init; } = true;
}
