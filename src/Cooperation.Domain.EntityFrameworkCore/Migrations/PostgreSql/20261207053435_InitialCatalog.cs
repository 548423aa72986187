using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace Cooperation.Domain.EntityFrameworkCore.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class InitialCatalog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "institutions",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    country = table.Column<string>(type: "text", nullable: true),
                    spanish_acronym = table.Column<string>(type: "text", nullable: true),
                    english_acronym = table.Column<string>(type: "text", nullable: true),
                    parent = table.Column<string>(type: "text", nullable: true),
                    other_acronyms = table.Column<string>(type: "jsonb", nullable: true),
                    citations = table.Column<string>(type: "jsonb", nullable: true),
                    suppressions = table.Column<string>(type: "jsonb", nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    name_english = table.Column<string>(type: "text", nullable: true),
                    name_spanish = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_institutions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "mechanisms",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    scope = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false),
                    topics = table.Column<string>(type: "jsonb", nullable: true),
                    spanish_acronym = table.Column<string>(type: "text", nullable: true),
                    english_acronym = table.Column<string>(type: "text", nullable: true),
                    cadence = table.Column<string>(type: "jsonb", nullable: true),
                    predecessor = table.Column<string>(type: "text", nullable: true),
                    successor = table.Column<string>(type: "text", nullable: true),
                    parent = table.Column<string>(type: "text", nullable: true),
                    origin = table.Column<string>(type: "jsonb", nullable: true),
                    unlisted_parties = table.Column<string>(type: "jsonb", nullable: true),
                    citations = table.Column<string>(type: "jsonb", nullable: true),
                    suppressions = table.Column<string>(type: "jsonb", nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    dissolved_earliest = table.Column<LocalDate>(type: "date", nullable: true),
                    dissolved_latest = table.Column<LocalDate>(type: "date", nullable: true),
                    dissolved_precision = table.Column<int>(type: "integer", nullable: true),
                    dissolved_year = table.Column<int>(type: "integer", nullable: true),
                    established_earliest = table.Column<LocalDate>(type: "date", nullable: true),
                    established_latest = table.Column<LocalDate>(type: "date", nullable: true),
                    established_precision = table.Column<int>(type: "integer", nullable: true),
                    established_year = table.Column<int>(type: "integer", nullable: true),
                    name_english = table.Column<string>(type: "text", nullable: true),
                    name_spanish = table.Column<string>(type: "text", nullable: true),
                    purpose_english = table.Column<string>(type: "text", nullable: true),
                    purpose_spanish = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mechanisms", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "meetings",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false),
                    mechanism = table.Column<string>(type: "text", nullable: true),
                    ordinal = table.Column<int>(type: "integer", nullable: true),
                    venues = table.Column<string>(type: "jsonb", nullable: true),
                    topics = table.Column<string>(type: "jsonb", nullable: true),
                    citations = table.Column<string>(type: "jsonb", nullable: true),
                    approximate_dates = table.Column<bool>(type: "boolean", nullable: false),
                    relations = table.Column<string>(type: "jsonb", nullable: true),
                    suppressions = table.Column<string>(type: "jsonb", nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    end_earliest = table.Column<LocalDate>(type: "date", nullable: true),
                    end_latest = table.Column<LocalDate>(type: "date", nullable: true),
                    end_precision = table.Column<int>(type: "integer", nullable: true),
                    end_year = table.Column<int>(type: "integer", nullable: true),
                    purpose_english = table.Column<string>(type: "text", nullable: true),
                    purpose_spanish = table.Column<string>(type: "text", nullable: true),
                    start_earliest = table.Column<LocalDate>(type: "date", nullable: false),
                    start_latest = table.Column<LocalDate>(type: "date", nullable: false),
                    start_precision = table.Column<int>(type: "integer", nullable: false),
                    start_year = table.Column<int>(type: "integer", nullable: false),
                    title_english = table.Column<string>(type: "text", nullable: true),
                    title_spanish = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meetings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "people",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    citations = table.Column<string>(type: "jsonb", nullable: true),
                    suppressions = table.Column<string>(type: "jsonb", nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    rank_english = table.Column<string>(type: "text", nullable: true),
                    rank_spanish = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_people", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sources",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    language = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    url = table.Column<string>(type: "text", nullable: true),
                    archive = table.Column<string>(type: "jsonb", nullable: true),
                    issuers = table.Column<string>(type: "jsonb", nullable: true),
                    number = table.Column<string>(type: "text", nullable: true),
                    dateline = table.Column<string>(type: "jsonb", nullable: true),
                    reports_on = table.Column<string>(type: "jsonb", nullable: true),
                    presented_at = table.Column<string>(type: "text", nullable: true),
                    citations = table.Column<string>(type: "jsonb", nullable: true),
                    suppressions = table.Column<string>(type: "jsonb", nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    date_earliest = table.Column<LocalDate>(type: "date", nullable: true),
                    date_latest = table.Column<LocalDate>(type: "date", nullable: true),
                    date_precision = table.Column<int>(type: "integer", nullable: true),
                    date_year = table.Column<int>(type: "integer", nullable: true),
                    publisher_english = table.Column<string>(type: "text", nullable: true),
                    publisher_spanish = table.Column<string>(type: "text", nullable: true),
                    title_english = table.Column<string>(type: "text", nullable: true),
                    title_spanish = table.Column<string>(type: "text", nullable: true),
                    updated_earliest = table.Column<LocalDate>(type: "date", nullable: true),
                    updated_latest = table.Column<LocalDate>(type: "date", nullable: true),
                    updated_precision = table.Column<int>(type: "integer", nullable: true),
                    updated_year = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sources", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "mechanism_outcomes",
                columns: table => new
                {
                    position = table.Column<int>(type: "integer", nullable: false),
                    mechanism_id = table.Column<string>(type: "text", nullable: false),
                    date_earliest = table.Column<LocalDate>(type: "date", nullable: true),
                    date_latest = table.Column<LocalDate>(type: "date", nullable: true),
                    date_precision = table.Column<int>(type: "integer", nullable: true),
                    date_year = table.Column<int>(type: "integer", nullable: true),
                    text_english = table.Column<string>(type: "text", nullable: true),
                    text_spanish = table.Column<string>(type: "text", nullable: true),
                    outcome_id = table.Column<string>(type: "text", nullable: true),
                    kind = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false),
                    count = table.Column<int>(type: "integer", nullable: true),
                    parties = table.Column<string>(type: "jsonb", nullable: true),
                    institutions = table.Column<string>(type: "jsonb", nullable: true),
                    follows_up = table.Column<string>(type: "jsonb", nullable: true),
                    citations = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mechanism_outcomes", x => new { x.mechanism_id, x.position });
                    table.ForeignKey(
                        name: "FK_mechanism_outcomes_mechanisms_mechanism_id",
                        column: x => x.mechanism_id,
                        principalTable: "mechanisms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "memberships",
                columns: table => new
                {
                    mechanism_id = table.Column<string>(type: "text", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    party = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false),
                    since_earliest = table.Column<LocalDate>(type: "date", nullable: true),
                    since_latest = table.Column<LocalDate>(type: "date", nullable: true),
                    since_precision = table.Column<int>(type: "integer", nullable: true),
                    since_year = table.Column<int>(type: "integer", nullable: true),
                    until_earliest = table.Column<LocalDate>(type: "date", nullable: true),
                    until_latest = table.Column<LocalDate>(type: "date", nullable: true),
                    until_precision = table.Column<int>(type: "integer", nullable: true),
                    until_year = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_memberships", x => new { x.mechanism_id, x.position });
                    table.ForeignKey(
                        name: "FK_memberships_mechanisms_mechanism_id",
                        column: x => x.mechanism_id,
                        principalTable: "mechanisms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "presidencies",
                columns: table => new
                {
                    mechanism_id = table.Column<string>(type: "text", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    holder = table.Column<string>(type: "text", nullable: false),
                    term_end_earliest = table.Column<LocalDate>(type: "date", nullable: true),
                    term_end_latest = table.Column<LocalDate>(type: "date", nullable: true),
                    term_end_precision = table.Column<int>(type: "integer", nullable: true),
                    term_end_year = table.Column<int>(type: "integer", nullable: true),
                    term_start_earliest = table.Column<LocalDate>(type: "date", nullable: false),
                    term_start_latest = table.Column<LocalDate>(type: "date", nullable: false),
                    term_start_precision = table.Column<int>(type: "integer", nullable: false),
                    term_start_year = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_presidencies", x => new { x.mechanism_id, x.position });
                    table.ForeignKey(
                        name: "FK_presidencies_mechanisms_mechanism_id",
                        column: x => x.mechanism_id,
                        principalTable: "mechanisms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "delegations",
                columns: table => new
                {
                    meeting_id = table.Column<string>(type: "text", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    party = table.Column<string>(type: "text", nullable: false),
                    citations = table.Column<string>(type: "jsonb", nullable: true),
                    description_english = table.Column<string>(type: "text", nullable: true),
                    description_spanish = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_delegations", x => new { x.meeting_id, x.position });
                    table.ForeignKey(
                        name: "FK_delegations_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "meeting_outcomes",
                columns: table => new
                {
                    position = table.Column<int>(type: "integer", nullable: false),
                    meeting_id = table.Column<string>(type: "text", nullable: false),
                    date_earliest = table.Column<LocalDate>(type: "date", nullable: true),
                    date_latest = table.Column<LocalDate>(type: "date", nullable: true),
                    date_precision = table.Column<int>(type: "integer", nullable: true),
                    date_year = table.Column<int>(type: "integer", nullable: true),
                    text_english = table.Column<string>(type: "text", nullable: true),
                    text_spanish = table.Column<string>(type: "text", nullable: true),
                    outcome_id = table.Column<string>(type: "text", nullable: true),
                    kind = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false),
                    count = table.Column<int>(type: "integer", nullable: true),
                    parties = table.Column<string>(type: "jsonb", nullable: true),
                    institutions = table.Column<string>(type: "jsonb", nullable: true),
                    follows_up = table.Column<string>(type: "jsonb", nullable: true),
                    citations = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meeting_outcomes", x => new { x.meeting_id, x.position });
                    table.ForeignKey(
                        name: "FK_meeting_outcomes_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "statements",
                columns: table => new
                {
                    meeting_id = table.Column<string>(type: "text", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    form = table.Column<string>(type: "text", nullable: false),
                    language = table.Column<string>(type: "text", nullable: false),
                    speaker = table.Column<string>(type: "text", nullable: true),
                    institution = table.Column<string>(type: "text", nullable: true),
                    party = table.Column<string>(type: "text", nullable: true),
                    mentions = table.Column<string>(type: "jsonb", nullable: true),
                    citations = table.Column<string>(type: "jsonb", nullable: true),
                    text_english = table.Column<string>(type: "text", nullable: true),
                    text_spanish = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_statements", x => new { x.meeting_id, x.position });
                    table.ForeignKey(
                        name: "FK_statements_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "person_spellings",
                columns: table => new
                {
                    person_id = table.Column<string>(type: "text", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    spelling = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_person_spellings", x => new { x.person_id, x.position });
                    table.ForeignKey(
                        name: "FK_person_spellings_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "participants",
                columns: table => new
                {
                    meeting_id = table.Column<string>(type: "text", nullable: false),
                    delegation_position = table.Column<int>(type: "integer", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    role = table.Column<string>(type: "text", nullable: false),
                    person = table.Column<string>(type: "text", nullable: true),
                    institution = table.Column<string>(type: "text", nullable: true),
                    person_id = table.Column<string>(type: "text", nullable: true),
                    citations = table.Column<string>(type: "jsonb", nullable: true),
                    title_english = table.Column<string>(type: "text", nullable: true),
                    title_spanish = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_participants", x => new { x.meeting_id, x.delegation_position, x.position });
                    table.ForeignKey(
                        name: "FK_participants_delegations_meeting_id_delegation_position",
                        columns: x => new { x.meeting_id, x.delegation_position },
                        principalTable: "delegations",
                        principalColumns: new[] { "meeting_id", "position" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_delegations_party",
                table: "delegations",
                column: "party");

            migrationBuilder.CreateIndex(
                name: "IX_meetings_mechanism",
                table: "meetings",
                column: "mechanism");

            migrationBuilder.CreateIndex(
                name: "IX_memberships_party",
                table: "memberships",
                column: "party");

            migrationBuilder.CreateIndex(
                name: "IX_participants_person_id",
                table: "participants",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "IX_person_spellings_spelling",
                table: "person_spellings",
                column: "spelling");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "institutions");

            migrationBuilder.DropTable(
                name: "mechanism_outcomes");

            migrationBuilder.DropTable(
                name: "meeting_outcomes");

            migrationBuilder.DropTable(
                name: "memberships");

            migrationBuilder.DropTable(
                name: "participants");

            migrationBuilder.DropTable(
                name: "person_spellings");

            migrationBuilder.DropTable(
                name: "presidencies");

            migrationBuilder.DropTable(
                name: "sources");

            migrationBuilder.DropTable(
                name: "statements");

            migrationBuilder.DropTable(
                name: "delegations");

            migrationBuilder.DropTable(
                name: "people");

            migrationBuilder.DropTable(
                name: "mechanisms");

            migrationBuilder.DropTable(
                name: "meetings");
        }
    }
}
