using System.ComponentModel;
using System.Text.Json.Serialization;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain;

/// <summary>A subject of cooperation that a mechanism covers or a meeting discussed.</summary>
/// <remarks>Topics are deliberately fine-grained where the source documents are (public security apart from border security, trafficking in persons apart from migrant smuggling) so that queries by topic return what a reader of the documents would expect.</remarks>
[JsonConverter(typeof(VocabularyJsonConverter<Topic>))]
[TypeConverter(typeof(VocabularyTypeConverter<Topic>))]
public sealed class Topic : VocabularyValue<Topic>
{
    /// <summary>Migration (<c>migration</c>): Migration flows, migration policy and the management of migration.</summary>
    public static readonly Topic Migration = new("migration", 1, "Migration", "Migración", "Migration flows, migration policy and the management of migration.");

    /// <summary>Mobility of people (<c>mobility</c>): Travel and movement of nationals between the parties: visas, entry and stay.</summary>
    public static readonly Topic Mobility = new("mobility", 2, "Mobility of people", "Movilidad de personas", "Travel and movement of nationals between the parties: visas, entry and stay.");

    /// <summary>Security (<c>security</c>): Security in general, including new and traditional security issues.</summary>
    public static readonly Topic Security = new("security", 3, "Security", "Seguridad", "Security in general, including new and traditional security issues.");

    /// <summary>Public security (<c>public-security</c>): Policing, the fight against crime and the penitentiary system.</summary>
    public static readonly Topic PublicSecurity = new("public-security", 4, "Public security", "Seguridad pública", "Policing, the fight against crime and the penitentiary system.");

    /// <summary>Border security (<c>border-security</c>): Security at and across the parties' borders.</summary>
    public static readonly Topic BorderSecurity = new("border-security", 5, "Border security", "Seguridad fronteriza", "Security at and across the parties' borders.");

    /// <summary>Justice (<c>justice</c>): Criminal justice systems, prosecution and courts.</summary>
    public static readonly Topic Justice = new("justice", 6, "Justice", "Justicia", "Criminal justice systems, prosecution and courts.");

    /// <summary>Consular affairs (<c>consular-affairs</c>): Consular services, consular access and notification, and consular protection of nationals abroad.</summary>
    public static readonly Topic ConsularAffairs = new("consular-affairs", 7, "Consular affairs", "Asuntos consulares", "Consular services, consular access and notification, and consular protection of nationals abroad.");

    /// <summary>Human rights (<c>human-rights</c>): The rights of people, in particular of migrants regardless of their migration status.</summary>
    public static readonly Topic HumanRights = new("human-rights", 8, "Human rights", "Derechos humanos", "The rights of people, in particular of migrants regardless of their migration status.");

    /// <summary>Trafficking in persons (<c>trafficking-in-persons</c>): Trafficking in persons: its prevention, prosecution and the protection of victims.</summary>
    public static readonly Topic TraffickingInPersons = new("trafficking-in-persons", 9, "Trafficking in persons", "Trata de personas", "Trafficking in persons: its prevention, prosecution and the protection of victims.");

    /// <summary>Migrant smuggling (<c>migrant-smuggling</c>): The smuggling of migrants across borders.</summary>
    public static readonly Topic MigrantSmuggling = new("migrant-smuggling", 10, "Migrant smuggling", "Tráfico ilícito de migrantes", "The smuggling of migrants across borders.");

    /// <summary>Drug policy (<c>drug-policy</c>): Policies and institutional approaches on drugs.</summary>
    public static readonly Topic DrugPolicy = new("drug-policy", 11, "Drug policy", "Política de drogas", "Policies and institutional approaches on drugs.");

    /// <summary>Crime prevention (<c>crime-prevention</c>): The prevention of crime and violence.</summary>
    public static readonly Topic CrimePrevention = new("crime-prevention", 12, "Crime prevention", "Prevención del delito", "The prevention of crime and violence.");

    /// <summary>Organized crime (<c>organized-crime</c>): Organized transnational crime, including crimes against migrants such as abduction and extortion.</summary>
    public static readonly Topic OrganizedCrime = new("organized-crime", 13, "Organized crime", "Delincuencia organizada", "Organized transnational crime, including crimes against migrants such as abduction and extortion.");

    /// <summary>Military cooperation (<c>military-cooperation</c>): Cooperation between armed forces and defence ministries.</summary>
    public static readonly Topic MilitaryCooperation = new("military-cooperation", 14, "Military cooperation", "Cooperación militar", "Cooperation between armed forces and defence ministries.");

    /// <summary>Civil protection (<c>civil-protection</c>): Civil protection and the response to natural disasters.</summary>
    public static readonly Topic CivilProtection = new("civil-protection", 15, "Civil protection", "Protección civil", "Civil protection and the response to natural disasters.");

    /// <summary>Labour mobility (<c>labour-mobility</c>): Temporary work abroad and the visas that allow it, such as H-2 visas.</summary>
    public static readonly Topic LabourMobility = new("labour-mobility", 16, "Labour mobility", "Movilidad laboral", "Temporary work abroad and the visas that allow it, such as H-2 visas.");

    /// <summary>Legal assistance and extradition (<c>legal-assistance</c>): Mutual legal assistance in criminal matters and extradition.</summary>
    public static readonly Topic LegalAssistance = new("legal-assistance", 17, "Legal assistance and extradition", "Asistencia jurídica y extradición", "Mutual legal assistance in criminal matters and extradition.");

    /// <summary>Information exchange (<c>information-exchange</c>): The exchange of information and intelligence between authorities.</summary>
    public static readonly Topic InformationExchange = new("information-exchange", 18, "Information exchange", "Intercambio de información", "The exchange of information and intelligence between authorities.");

    /// <summary>Financial intelligence (<c>financial-intelligence</c>): The tracing of transactions linked to crime by financial intelligence units.</summary>
    public static readonly Topic FinancialIntelligence = new("financial-intelligence", 19, "Financial intelligence", "Inteligencia financiera", "The tracing of transactions linked to crime by financial intelligence units.");

    /// <summary>Children and families (<c>children-and-families</c>): Child abduction, child support, international adoption and other matters of children and families across borders.</summary>
    public static readonly Topic ChildrenAndFamilies = new("children-and-families", 20, "Children and families", "Niñez y familia", "Child abduction, child support, international adoption and other matters of children and families across borders.");

    /// <summary>Capacity building (<c>capacity-building</c>): Training, technical assistance and the exchange of good practices.</summary>
    public static readonly Topic CapacityBuilding = new("capacity-building", 21, "Capacity building", "Fortalecimiento de capacidades", "Training, technical assistance and the exchange of good practices.");

    /// <summary>Migration governance (<c>migration-governance</c>): The design, implementation and evaluation of migration policy, including by local governments.</summary>
    public static readonly Topic MigrationGovernance = new("migration-governance", 22, "Migration governance", "Gobernanza migratoria", "The design, implementation and evaluation of migration policy, including by local governments.");

    /// <summary>Democratic security (<c>democratic-security</c>): Security under the rule of law, as in SICA's Dialogue on Democratic Security.</summary>
    public static readonly Topic DemocraticSecurity = new("democratic-security", 23, "Democratic security", "Seguridad democrática", "Security under the rule of law, as in SICA's Dialogue on Democratic Security.");

    /// <summary>Trade and tourism (<c>trade-and-tourism</c>): Trade and travel between the parties.</summary>
    public static readonly Topic TradeAndTourism = new("trade-and-tourism", 24, "Trade and tourism", "Comercio y turismo", "Trade and travel between the parties.");

    /// <summary>Public health (<c>public-health</c>): Public health cooperation, such as the donation of vaccines.</summary>
    public static readonly Topic PublicHealth = new("public-health", 25, "Public health", "Salud pública", "Public health cooperation, such as the donation of vaccines.");

    private Topic(string name, int value, string english, string spanish, string definition)
        : base(name, value, english, spanish, definition)
    {
    }
}
