namespace CustomerPortal.Scenarios;

/// <summary>A dashboard request the report engine refused.</summary>
/// <param name="Code">The stable error code.</param>
/// <param name="Path">Where in the request the problem is.</param>
/// <param name="English">The English message.</param>
/// <param name="Chinese">The Chinese message.</param>
public sealed record S6Refusal(string Code, string Path, string English, string Chinese);
