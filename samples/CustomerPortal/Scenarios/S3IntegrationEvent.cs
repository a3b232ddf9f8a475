namespace CustomerPortal.Scenarios;

/// <summary>An integration event for the ERP, as the host reads it from the outbox.</summary>
/// <param name="Type">The event type.</param>
/// <param name="PartnerNo">The partner number.</param>
/// <param name="CreditCode">The supplier's credit code.</param>
/// <param name="SupplierStatus">The supplier status the ERP should set.</param>
public sealed record S3IntegrationEvent(string Type, string PartnerNo, string CreditCode, string SupplierStatus);
