namespace CustomerPortal.Data;

/// <summary>A prospective channel partner's application (S3).</summary>
public sealed record SeedPartnerApplication
{
    /// <summary>Application id, <c>QD-0001</c> upwards.</summary>
    public required string Id { get; init; }

    /// <summary>The applying company.</summary>
    public required string Company { get; init; }

    /// <summary>Its unified social credit code (统一社会信用代码), with a valid check character.</summary>
    public required string CreditCode { get; init; }

    /// <summary>The legal person.</summary>
    public required string LegalPerson { get; init; }

    /// <summary>The legal person's resident ID number, with a valid check digit.</summary>
    public required string LegalPersonId { get; init; }

    /// <summary>The contact's mobile number.</summary>
    public required string Phone { get; init; }

    /// <summary>The sales region applied for.</summary>
    public required string Region { get; init; }

    /// <summary>The department that rejects it (channel, legal or finance), or null when all approve.</summary>
    public string? RejectedBy { get; init; }
}
