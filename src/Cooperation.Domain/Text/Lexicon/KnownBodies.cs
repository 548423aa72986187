namespace Cooperation.Domain.Text;

/// <summary>
/// Bodies and mechanisms every reader of the genre knows by name or acronym, recognised without a catalog: international
/// organisations, and the federal bodies of Mexico, the United States, Central America and Canada that communiqués
/// name by acronym ("la SRE", "SSPC", "la OIM", "DHS"). A catalog given to the reader adds its own names and acronyms
/// and wins where both know a name. Acronyms match in the case written here; names match ignoring case and accents.
/// </summary>
internal static class KnownBodies
{
    /// <summary>Name or acronym, whether it is a mechanism (else an institution), and the country (null: international).</summary>
    public static readonly (string Name, bool Mechanism, string? Country)[] All =
    [
        // International organisations.
        ("OIM", false, null), ("IOM", false, null), ("Organización Internacional para las Migraciones", false, null),
        ("International Organization for Migration", false, null), ("ONU", false, null), ("UN", false, null),
        ("Naciones Unidas", false, null), ("United Nations", false, null), ("Organización de las Naciones Unidas", false, null),
        ("ACNUR", false, null), ("UNHCR", false, null), ("Alto Comisionado de las Naciones Unidas para los Refugiados", false, null),
        ("United Nations High Commissioner for Refugees", false, null),
        ("Office of the United Nations High Commissioner for Refugees", false, null),
        ("Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos", false, null),
        ("Office of the United Nations High Commissioner for Human Rights", false, null), ("OACNUDH", false, null),
        ("OHCHR", false, null), ("OEA", false, null), ("OAS", false, null),
        ("Organización de los Estados Americanos", false, null), ("Organization of American States", false, null),
        ("UNICEF", false, null), ("CEPAL", false, null), ("ECLAC", false, null), ("BID", false, null), ("IDB", false, null),
        ("Banco Mundial", false, null), ("World Bank", false, null), ("FMI", false, null), ("IMF", false, null),
        ("OIT", false, null), ("ILO", false, null), ("OMS", false, null), ("WHO", false, null), ("OPS", false, null),
        ("PAHO", false, null), ("PNUD", false, null), ("UNDP", false, null), ("UNODC", false, null), ("INTERPOL", false, null),
        ("Interpol", false, null), ("OCDE", false, null), ("OECD", false, null), ("SICA", false, null),
        ("Sistema de la Integración Centroamericana", false, null), ("Central American Integration System", false, null),
        ("Unión Europea", false, null), ("European Union", false, null), ("UE", false, null),
        ("CICR", false, null), ("ICRC", false, null), ("Cruz Roja", false, null), ("Red Cross", false, null),
        ("GIZ", false, null), ("FLACSO", false, null), ("CIDH", false, null), ("IACHR", false, null),
        ("Comisión Interamericana de Derechos Humanos", false, null), ("Inter-American Commission on Human Rights", false, null),
        ("CARICOM", false, null), ("OTAN", false, null), ("NATO", false, null), ("AECID", false, null),

        // Mexico.
        ("SRE", false, "MX"), ("SEGOB", false, "MX"), ("Segob", false, "MX"), ("SSPC", false, "MX"), ("SEDENA", false, "MX"),
        ("Sedena", false, "MX"), ("SEMAR", false, "MX"), ("Semar", false, "MX"), ("FGR", false, "MX"), ("PGR", false, "MX"),
        ("INM", false, "MX"), ("INAMI", false, "MX"), ("CNDH", false, "MX"), ("SHCP", false, "MX"), ("UIF", false, "MX"),
        ("CNI", false, "MX"), ("CISEN", false, "MX"), ("COMAR", false, "MX"), ("DIF", false, "MX"), ("CONAPO", false, "MX"),
        ("AMEXCID", false, "MX"), ("UPMRIP", false, "MX"), ("Guardia Nacional", false, "MX"), ("STPS", false, "MX"),
        ("IMSS", false, "MX"), ("Cancillería mexicana", false, "MX"), ("Colef", false, "MX"), ("COLEF", false, "MX"),

        // United States.
        ("DHS", false, "US"), ("CBP", false, "US"), ("ICE", false, "US"), ("USCIS", false, "US"), ("DOJ", false, "US"),
        ("FBI", false, "US"), ("DEA", false, "US"), ("ATF", false, "US"), ("NSC", false, "US"), ("USAID", false, "US"),
        ("State Department", false, "US"), ("Department of State", false, "US"), ("Departamento de Estado", false, "US"),
        ("Department of Homeland Security", false, "US"), ("Departamento de Seguridad Nacional", false, "US"),
        ("National Security Council", false, "US"), ("Consejo Nacional de Seguridad", false, "US"), ("White House", false, "US"),
        ("Casa Blanca", false, "US"), ("Pentagon", false, "US"), ("Pentágono", false, "US"), ("Border Patrol", false, "US"),

        // Central America and Canada.
        ("Minex", false, "GT"), ("MINEX", false, "GT"), ("MINGOB", false, "GT"), ("IGM", false, "GT"),
        ("Instituto Guatemalteco de Migración", false, "GT"), ("SRECI", false, "HN"), ("DGME", false, "SV"),
        ("IRCC", false, "CA"), ("CBSA", false, "CA"), ("RCMP", false, "CA"), ("Public Safety Canada", false, "CA"),
        ("Global Affairs Canada", false, "CA"),

        // Mechanisms of the region.
        ("CRM", true, null), ("RCM", true, null), ("Conferencia Regional sobre Migración", true, null),
        ("Regional Conference on Migration", true, null), ("Proceso de Puebla", true, null), ("Puebla Process", true, null),
        ("CELAC", true, null), ("Iniciativa Mérida", true, null), ("Mérida Initiative", true, null),
        ("Entendimiento Bicentenario", true, null), ("Bicentennial Framework", true, null),
    ];
}
