using System.Collections.Generic;

namespace Cooperation.Domain.Benchmarks;

// The baseline of CatalogJsonBenchmarks: plain classes with primitive fields that System.Text.Json maps to the same
// documents, with no validation, no value types and no vocabularies. Only the benchmark uses them.
#pragma warning disable CA1002, CA1056, CA2227, SA1402 // plain DTOs, on purpose
public sealed class CatalogDto
{
    public string Format { get; set; } = "";

    public List<SourceDto>? Sources { get; set; }

    public List<InstitutionDto>? Institutions { get; set; }

    public List<MechanismDto>? Mechanisms { get; set; }

    public List<MeetingDto>? Meetings { get; set; }
}

public sealed class TextDto
{
    public string? Es { get; set; }

    public string? En { get; set; }
}

public sealed class SourceDto
{
    public string Id { get; set; } = "";

    public TextDto Title { get; set; } = new();

    public TextDto Publisher { get; set; } = new();

    public string? Date { get; set; }

    public string Language { get; set; } = "";

    public string Kind { get; set; } = "";

    public string? Url { get; set; }

    public ArchivedCopyDto? Archive { get; set; }

    public List<string>? Issuers { get; set; }
}

public sealed class ArchivedCopyDto
{
    public string? File { get; set; }

    public string? Sha256 { get; set; }
}

public sealed class CitationDto
{
    public string? Source { get; set; }

    public string? Quote { get; set; }
}

public sealed class OriginDto
{
    public TextDto? Text { get; set; }

    public string? Date { get; set; }

    public string? Event { get; set; }
}

public sealed class InstitutionDto
{
    public string Id { get; set; } = "";

    public TextDto Name { get; set; } = new();

    public string Kind { get; set; } = "";

    public string? Country { get; set; }

    public string? SpanishAcronym { get; set; }

    public string? EnglishAcronym { get; set; }

    public string? Parent { get; set; }

    public List<string>? OtherAcronyms { get; set; }
}

public sealed class MembershipDto
{
    public string Party { get; set; } = "";

    public string Status { get; set; } = "";

    public string? Since { get; set; }

    public string? Until { get; set; }
}

public sealed class PresidencyTermDto
{
    public string Holder { get; set; } = "";

    public string Term { get; set; } = "";
}

public sealed class CadenceDto
{
    public string Kind { get; set; } = "";

    public int? IntervalMonths { get; set; }

    public int? PreferredMonth { get; set; }

    public int? MidTermMonth { get; set; }

    public string? GracePeriod { get; set; }
}

public sealed class MechanismDto
{
    public string Id { get; set; } = "";

    public TextDto Name { get; set; } = new();

    public string Kind { get; set; } = "";

    public string Scope { get; set; } = "";

    public List<MembershipDto> Parties { get; set; } = [];

    public string Status { get; set; } = "";

    public List<string>? Topics { get; set; }

    public string? SpanishAcronym { get; set; }

    public string? EnglishAcronym { get; set; }

    public string? Established { get; set; }

    public CadenceDto? Cadence { get; set; }

    public string? Predecessor { get; set; }

    public string? Successor { get; set; }

    public OriginDto? Origin { get; set; }

    public List<PresidencyTermDto>? Presidencies { get; set; }

    public List<CitationDto>? Citations { get; set; }

    public string? Parent { get; set; }

    public List<CommitmentDto>? Outcomes { get; set; }
}

public sealed class VenueDto
{
    public string Country { get; set; } = "";

    public TextDto? City { get; set; }

    public TextDto? Place { get; set; }
}

public sealed class ParticipantDto
{
    public string Role { get; set; } = "";

    public string? Person { get; set; }

    public string? Institution { get; set; }

    public TextDto? Position { get; set; }

    public string? PersonId { get; set; }
}

public sealed class DelegationDto
{
    public string Party { get; set; } = "";

    public List<ParticipantDto>? Participants { get; set; }

    public TextDto? Description { get; set; }
}

public sealed class CommitmentDto
{
    public TextDto Text { get; set; } = new();

    public string Kind { get; set; } = "";

    public string Status { get; set; } = "";

    public int? Count { get; set; }

    public string? Date { get; set; }

    public List<string>? Parties { get; set; }
}

public sealed class MeetingDto
{
    public string Id { get; set; } = "";

    public string Kind { get; set; } = "";

    public string Status { get; set; } = "";

    public string Start { get; set; } = "";

    public string? Mechanism { get; set; }

    public TextDto? Title { get; set; }

    public int? Ordinal { get; set; }

    public string? End { get; set; }

    public List<VenueDto>? Venues { get; set; }

    public List<DelegationDto>? Delegations { get; set; }

    public List<string>? Topics { get; set; }

    public List<CommitmentDto>? Outcomes { get; set; }

    public List<CitationDto>? Citations { get; set; }

    public bool? ApproximateDates { get; set; }
}
#pragma warning restore CA1002, CA1056, CA2227, SA1402
