namespace Cooperation.Domain.Rules;

/// <summary>One finding of a <see cref="Baseline"/>: where, which rule, its fingerprint, how serious, what it said.</summary>
/// <param name="Document">
/// The document's key (<see cref="ValidationReport.DocumentKey"/>: its normalised path relative to the root,
/// <c>catalogs/catalog.json</c>), or empty when the finding was made without a document.
/// </param>
/// <param name="Fingerprint">The finding's <see cref="Diagnostic.Fingerprint"/>.</param>
/// <param name="RuleId">The rule's ID.</param>
/// <param name="Path">The subject's path.</param>
/// <param name="Severity">The severity it had.</param>
/// <param name="Message">Its message, in the language of that run.</param>
public sealed record BaselineEntry(string Document, string Fingerprint, string RuleId, string Path, Severity Severity, string Message);
