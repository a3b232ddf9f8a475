namespace CustomerPortal.Scenarios;

/// <summary>A partner record created on approval.</summary>
/// <param name="RecordId">The partner record's id.</param>
/// <param name="PartnerNo">The allocated partner number.</param>
/// <param name="Company">The company.</param>
/// <param name="CreditCode">Its unified social credit code.</param>
/// <param name="ApplicationId">The approved application.</param>
public sealed record S3Partner(string RecordId, string PartnerNo, string Company, string CreditCode, string ApplicationId);
