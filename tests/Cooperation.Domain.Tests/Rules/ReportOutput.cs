using System.Buffers;
using System.Collections.Generic;
using Cooperation.Domain.Rules;

namespace Cooperation.Domain.Tests.Rules;

/// <summary>Reports written by the library's report formats, for the tests that read them back.</summary>
internal static class ReportOutput
{
    /// <summary>The reports as text (<see cref="ReportTextWriter"/>).</summary>
    public static string Text(params ValidationReport[] reports) => new ReportTextWriter().WriteToString(reports);

    /// <summary>The reports as a JSON array (<see cref="ReportJsonWriter"/>).</summary>
    public static byte[] Json(params ValidationReport[] reports) => Bytes(new ReportJsonWriter(), reports);

    /// <summary>The reports as one SARIF log (<see cref="SarifReportWriter"/>).</summary>
    public static byte[] Sarif(params ValidationReport[] reports) => Bytes(new SarifReportWriter(), reports);

    /// <summary>What <paramref name="writer"/> writes for <paramref name="reports"/>.</summary>
    public static byte[] Bytes(DocumentWriter<IReadOnlyList<ValidationReport>> writer, IReadOnlyList<ValidationReport> reports)
    {
        var buffer = new ArrayBufferWriter<byte>();
        writer.Write(reports, buffer);
        return buffer.WrittenSpan.ToArray();
    }
}
