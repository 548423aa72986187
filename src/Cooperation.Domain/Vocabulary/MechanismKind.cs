using System.ComponentModel;
using System.Text.Json.Serialization;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain;

/// <summary>The kind of a standing cooperation mechanism.</summary>
/// <remarks>The kind says how the mechanism works (a dialogue of senior officials, a numbered series of consultations, a regional conference); the <see cref="MechanismScope"/> says how many parties take part.</remarks>
[JsonConverter(typeof(VocabularyJsonConverter<MechanismKind>))]
[TypeConverter(typeof(VocabularyTypeConverter<MechanismKind>))]
public sealed class MechanismKind : VocabularyValue<MechanismKind>
{
    /// <summary>High-level dialogue (<c>high-level-dialogue</c>): A standing dialogue between senior officials of the parties on one area, such as the Mexico–Canada High-Level Dialogue on Mobility of People.</summary>
    public static readonly MechanismKind HighLevelDialogue = new("high-level-dialogue", 1, "High-level dialogue", "Diálogo de alto nivel", "A standing dialogue between senior officials of the parties on one area, such as the Mexico–Canada High-Level Dialogue on Mobility of People.");

    /// <summary>Consultation mechanism (<c>consultation-mechanism</c>): A numbered series of consultations between foreign ministries, such as the Mexico–Canada Consultation Mechanism on New and Traditional Security Issues.</summary>
    public static readonly MechanismKind ConsultationMechanism = new("consultation-mechanism", 2, "Consultation mechanism", "Mecanismo de consultas", "A numbered series of consultations between foreign ministries, such as the Mexico–Canada Consultation Mechanism on New and Traditional Security Issues.");

    /// <summary>High-level group (<c>high-level-group</c>): A binational group of senior officials on security, borders or justice, such as GANSEG, GANSEF, GANSJ or GANS.</summary>
    public static readonly MechanismKind HighLevelGroup = new("high-level-group", 3, "High-level group", "Grupo de alto nivel", "A binational group of senior officials on security, borders or justice, such as GANSEG, GANSEF, GANSJ or GANS.");

    /// <summary>Talks (<c>talks</c>): A numbered series of rounds between two governments on one field, such as the Mexico–Canada Political-Military Talks.</summary>
    public static readonly MechanismKind Talks = new("talks", 4, "Talks", "Pláticas", "A numbered series of rounds between two governments on one field, such as the Mexico–Canada Political-Military Talks.");

    /// <summary>Consular dialogue (<c>consular-dialogue</c>): A standing dialogue on consular services and protection, such as the Mexico–United States Consular Dialogue.</summary>
    public static readonly MechanismKind ConsularDialogue = new("consular-dialogue", 5, "Consular dialogue", "Diálogo consular", "A standing dialogue on consular services and protection, such as the Mexico–United States Consular Dialogue.");

    /// <summary>Regional conference (<c>regional-conference</c>): A standing multilateral forum of the states of a region, with members, observers and a rotating presidency, such as the Regional Conference on Migration (CRM).</summary>
    public static readonly MechanismKind RegionalConference = new("regional-conference", 6, "Regional conference", "Conferencia regional", "A standing multilateral forum of the states of a region, with members, observers and a rotating presidency, such as the Regional Conference on Migration (CRM).");

    /// <summary>Integration system (<c>integration-system</c>): A regional integration organization with member and observer states, such as the Central American Integration System (SICA).</summary>
    public static readonly MechanismKind IntegrationSystem = new("integration-system", 7, "Integration system", "Sistema de integración", "A regional integration organization with member and observer states, such as the Central American Integration System (SICA).");

    /// <summary>Working group (<c>working-group</c>): A group that works on one subject under another mechanism, such as the labour mobility working group of the Consular Dialogue.</summary>
    public static readonly MechanismKind WorkingGroup = new("working-group", 8, "Working group", "Grupo de trabajo", "A group that works on one subject under another mechanism, such as the labour mobility working group of the Consular Dialogue.");

    /// <summary>Ministerial meeting (<c>ministerial-meeting</c>): A meeting or series of meetings of ministers convened on one subject, such as the Ministerial Meeting on Organized Transnational Crime and Security of Migrants (8 October 2010).</summary>
    public static readonly MechanismKind MinisterialMeeting = new("ministerial-meeting", 9, "Ministerial meeting", "Reunión ministerial", "A meeting or series of meetings of ministers convened on one subject, such as the Ministerial Meeting on Organized Transnational Crime and Security of Migrants (8 October 2010).");

    /// <summary>Follow-up group (<c>follow-up-group</c>): A group set up to assist and follow up on cooperation between other parties, such as the Group for Assistance and Follow-Up on Security with Central America (GASSCA).</summary>
    public static readonly MechanismKind FollowUpGroup = new("follow-up-group", 10, "Follow-up group", "Grupo de seguimiento", "A group set up to assist and follow up on cooperation between other parties, such as the Group for Assistance and Follow-Up on Security with Central America (GASSCA).");

    /// <summary>Summit (<c>summit</c>): A recurring meeting of heads of state or government, such as the North American Leaders' Summit.</summary>
    public static readonly MechanismKind Summit = new("summit", 11, "Summit", "Cumbre", "A recurring meeting of heads of state or government, such as the North American Leaders' Summit.");

    /// <summary>Training programme (<c>training-programme</c>): A programme of training sessions for officials run under a mechanism, such as the CRM's programme on migration policy and governance at the local level.</summary>
    public static readonly MechanismKind TrainingProgramme = new("training-programme", 12, "Training programme", "Programa de formación", "A programme of training sessions for officials run under a mechanism, such as the CRM's programme on migration policy and governance at the local level.");

    /// <summary>National strategy (<c>national-strategy</c>): A government's own plan with an international component, such as Mexico's comprehensive strategy to prevent and combat the abduction of migrants (August 2010).</summary>
    public static readonly MechanismKind NationalStrategy = new("national-strategy", 13, "National strategy", "Estrategia nacional", "A government's own plan with an international component, such as Mexico's comprehensive strategy to prevent and combat the abduction of migrants (August 2010).");

    /// <summary>Dialogue (<c>dialogue</c>): A dialogue the sources name without saying at what level or between whom it is held, such as the Dialogue on Democratic Security within SICA.</summary>
    public static readonly MechanismKind Dialogue = new("dialogue", 14, "Dialogue", "Diálogo", "A dialogue the sources name without saying at what level or between whom it is held, such as the Dialogue on Democratic Security within SICA.");

    private MechanismKind(string name, int value, string english, string spanish, string definition)
        : base(name, value, english, spanish, definition)
    {
    }
}
