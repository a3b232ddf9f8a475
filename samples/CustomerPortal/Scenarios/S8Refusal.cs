namespace CustomerPortal.Scenarios;

/// <summary>A refused action of S8: who tried what, and the engine's (or host's) error.</summary>
/// <param name="Who">The user who tried.</param>
/// <param name="What">What they tried.</param>
/// <param name="Code">The stable error code.</param>
/// <param name="Path">The field path the error points at.</param>
/// <param name="English">The English message.</param>
/// <param name="Chinese">The Chinese message.</param>
/// <param name="NothingApplied">Whether the stores were checked to be unchanged after the refusal.</param>
public sealed record S8Refusal(string Who, string What, string Code, string Path, string English, string Chinese, bool NothingApplied);
