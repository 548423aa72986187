using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cooperation.Domain.EntityFrameworkCore.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ExternalIdentifiers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "identifiers",
                table: "people",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "identifiers",
                table: "mechanisms",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "identifiers",
                table: "institutions",
                type: "jsonb",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "identifiers",
                table: "people");

            migrationBuilder.DropColumn(
                name: "identifiers",
                table: "mechanisms");

            migrationBuilder.DropColumn(
                name: "identifiers",
                table: "institutions");
        }
    }
}
