namespace CustomerPortal.Scenarios;

/// <summary>An action the workflow engine refused (nothing changed).</summary>
/// <param name="ContractId">The contract.</param>
/// <param name="Action">What was tried.</param>
/// <param name="ActorId">Who tried.</param>
/// <param name="Code">The stable error code (FWA01xx).</param>
/// <param name="Message">The English message.</param>
/// <param name="MessageChinese">The Chinese message.</param>
public sealed record S4Refusal(string ContractId, string Action, string ActorId, string Code, string Message, string MessageChinese);
