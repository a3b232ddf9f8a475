namespace CustomerPortal.Data;

/// <summary>The mistake a seeded lead carries, so the tour shows refused submissions.</summary>
public enum SeedLeadDefect
{
    /// <summary>A correct lead.</summary>
    None,

    /// <summary>A mobile number that is not <c>1[3-9]</c> and nine digits.</summary>
    BadPhone,

    /// <summary>An email address without a domain.</summary>
    BadEmail,

    /// <summary>The mobile number of a lead submitted earlier in the week.</summary>
    DuplicatePhone,
}
