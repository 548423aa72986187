namespace Cooperation.Domain.Text;

/// <summary>
/// One name a <see cref="Gazetteer"/> finds: the words, what they name (an institution, a mechanism or a person), and
/// the catalog entity or state behind them when known.
/// </summary>
/// <param name="Text">The name, an acronym or a spelling, as written.</param>
/// <param name="Kind">Institution, mechanism or person.</param>
/// <param name="IsAcronym">True for an acronym, matched in its own case only.</param>
/// <param name="Country">The state of an institution or mechanism, or of a person, when known; null for international bodies.</param>
/// <param name="Institution">The catalog institution it names.</param>
/// <param name="Mechanism">The catalog mechanism it names.</param>
/// <param name="Person">The catalog person it names.</param>
/// <param name="FullName">The entity's full name, which an acronym's meeting or a short spelling points to.</param>
internal sealed record GazetteerName(
    string Text,
    MentionKind Kind,
    bool IsAcronym,
    CountryCode? Country,
    InstitutionId? Institution = null,
    MechanismId? Mechanism = null,
    PersonId? Person = null,
    string? FullName = null);
