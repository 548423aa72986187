using System.Linq;
using Cooperation.Domain.Rules;

namespace Cooperation.Domain.Tests.Rules;

/// <summary>COOP5001 asks for a leader only where someone attends as part of a delegation.</summary>
public sealed class DelegationLeaderTests
{
    private static int Findings(params DelegationRole[] roles)
    {
        var participants = roles.Select(r => new Participant(r, institution: InstitutionId.Parse("gt-minex"))).ToArray();
        var meeting = new Meeting(
            MeetingId.Parse("mission-2011-01"), MeetingKind.Mission, MeetingStatus.Held, PartialDate.Parse("2011-01-12"),
            title: LocalizedText.FromEnglish("Mission"), delegations: [new Delegation(PartyRef.Parse("GT"), [.. participants])]);
        var institution = new Institution(InstitutionId.Parse("gt-minex"), LocalizedText.FromEnglish("Ministry of Foreign Affairs"), InstitutionKind.Ministry, CountryCode.Parse("GT"));
        var catalog = new CatalogBuilder().Add(institution).Add(meeting).Build();
        return Validator.Validate(catalog).Diagnostics.Count(d => d.Id == "COOP5001");
    }

    [Fact]
    public void Focal_points_and_supporters_alone_need_no_leader()
    {
        Assert.Equal(0, Findings(DelegationRole.FocalPoint));
        Assert.Equal(0, Findings(DelegationRole.Support, DelegationRole.FocalPoint));
    }

    [Fact]
    public void Anyone_who_attends_needs_a_leader()
    {
        Assert.Equal(1, Findings(DelegationRole.Member));
        Assert.Equal(1, Findings(DelegationRole.FocalPoint, DelegationRole.Adviser));
        Assert.Equal(0, Findings(DelegationRole.HeadOfDelegation, DelegationRole.FocalPoint));
    }
}
