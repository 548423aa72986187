using System;
using System.Collections.Generic;
using System.Linq;

namespace Cooperation.Domain.Tests.Text.Scoring;

/// <summary>A meeting as the scorer reads it: its normalised date, its set of alpha-2 codes, its status as written.</summary>
public sealed record PredictedMeeting(string? Date, IReadOnlySet<string> Countries, string? Status);
