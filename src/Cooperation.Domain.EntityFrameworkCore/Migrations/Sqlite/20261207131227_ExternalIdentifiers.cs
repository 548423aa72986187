using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cooperation.Domain.EntityFrameworkCore.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "identifiers",
                table: "mechanisms",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "identifiers",
                table: "institutions",
                type: "TEXT",
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
