namespace Formwork.Forms;

/// <summary>A format check for text fields (the setting <c>format</c>).</summary>
public enum TextFormat
{
    /// <summary>No format check.</summary>
    None,

    /// <summary>An email address.</summary>
    Email,

    /// <summary>A mainland China mobile number (11 digits starting with 1[3-9]).</summary>
    Mobile,

    /// <summary>A mainland China landline (area code, number, optional extension).</summary>
    Landline,

    /// <summary>A mobile number or a landline.</summary>
    Phone,

    /// <summary>A resident ID number (GB 11643 checksum).</summary>
    IdNumber,

    /// <summary>A unified social credit code (GB 32100 checksum).</summary>
    CreditCode,

    /// <summary>An http(s) URL.</summary>
    Url,

    /// <summary>A bank card number (Luhn checksum).</summary>
    BankCard,
}
