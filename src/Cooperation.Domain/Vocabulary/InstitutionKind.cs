using System.ComponentModel;
using System.Text.Json.Serialization;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain;

/// <summary>The kind of an institution.</summary>
[JsonConverter(typeof(VocabularyJsonConverter<InstitutionKind>))]
[TypeConverter(typeof(VocabularyTypeConverter<InstitutionKind>))]
public sealed class InstitutionKind : VocabularyValue<InstitutionKind>
{
    /// <summary>Ministry (<c>ministry</c>): A ministry or department of a national government, such as the SRE, the SSPC or the US Department of Homeland Security.</summary>
    public static readonly InstitutionKind Ministry = new("ministry", 1, "Ministry", "Secretaría o ministerio", "A ministry or department of a national government, such as the SRE, the SSPC or the US Department of Homeland Security.");

    /// <summary>Agency (<c>agency</c>): A government agency with its own mandate, such as the National Migration Institute (INM) or the Canada Border Services Agency.</summary>
    public static readonly InstitutionKind Agency = new("agency", 2, "Agency", "Agencia u organismo", "A government agency with its own mandate, such as the National Migration Institute (INM) or the Canada Border Services Agency.");

    /// <summary>Unit (<c>unit</c>): A unit, directorate-general or office within an institution, such as the Migration Policy Unit (UPMRIP) of SEGOB.</summary>
    public static readonly InstitutionKind Unit = new("unit", 3, "Unit", "Unidad", "A unit, directorate-general or office within an institution, such as the Migration Policy Unit (UPMRIP) of SEGOB.");

    /// <summary>Armed force (<c>armed-force</c>): A military or security force, such as SEDENA's army or the National Guard.</summary>
    public static readonly InstitutionKind ArmedForce = new("armed-force", 4, "Armed force", "Fuerza armada", "A military or security force, such as SEDENA's army or the National Guard.");

    /// <summary>Embassy (<c>embassy</c>): A diplomatic mission, such as the US Embassy in Mexico.</summary>
    public static readonly InstitutionKind Embassy = new("embassy", 5, "Embassy", "Embajada", "A diplomatic mission, such as the US Embassy in Mexico.");

    /// <summary>International organization (<c>international-organization</c>): An intergovernmental organization, such as the IOM.</summary>
    public static readonly InstitutionKind InternationalOrganization = new("international-organization", 6, "International organization", "Organismo internacional", "An intergovernmental organization, such as the IOM.");

    /// <summary>Civil-society network (<c>civil-society-network</c>): A network of civil-society organizations, such as the RROCM.</summary>
    public static readonly InstitutionKind CivilSocietyNetwork = new("civil-society-network", 7, "Civil-society network", "Red de la sociedad civil", "A network of civil-society organizations, such as the RROCM.");

    /// <summary>Academic institution (<c>academic</c>): A university or research centre, such as El Colegio de la Frontera Norte or FLACSO.</summary>
    public static readonly InstitutionKind Academic = new("academic", 8, "Academic institution", "Institución académica", "A university or research centre, such as El Colegio de la Frontera Norte or FLACSO.");

    /// <summary>Council (<c>council</c>): A coordinating council of a government, such as the US National Security Council.</summary>
    public static readonly InstitutionKind Council = new("council", 9, "Council", "Consejo", "A coordinating council of a government, such as the US National Security Council.");

    /// <summary>Autonomous body (<c>autonomous-body</c>): A constitutionally autonomous public body, such as the National Human Rights Commission (CNDH).</summary>
    public static readonly InstitutionKind AutonomousBody = new("autonomous-body", 10, "Autonomous body", "Organismo autónomo", "A constitutionally autonomous public body, such as the National Human Rights Commission (CNDH).");

    /// <summary>Prosecution service (<c>prosecution-service</c>): An attorney general's or public prosecutor's office.</summary>
    public static readonly InstitutionKind ProsecutionService = new("prosecution-service", 11, "Prosecution service", "Fiscalía o procuraduría", "An attorney general's or public prosecutor's office.");

    /// <summary>Legislature (<c>legislature</c>): A parliament or congress.</summary>
    public static readonly InstitutionKind Legislature = new("legislature", 12, "Legislature", "Poder legislativo", "A parliament or congress.");

    /// <summary>Government (<c>government</c>): A government as a whole, when a source names no narrower institution.</summary>
    public static readonly InstitutionKind Government = new("government", 13, "Government", "Gobierno", "A government as a whole, when a source names no narrower institution.");

    private InstitutionKind(string name, int value, string english, string spanish, string definition)
        : base(name, value, english, spanish, definition)
    {
    }
}
