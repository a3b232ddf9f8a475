namespace Formwork.Benchmarks.Rules;

/// <summary>A lead as the routing and grading rules see it.</summary>
public sealed class BenchLead
{
    /// <summary>Gets or sets the region.</summary>
    public string Region { get; set; } = "";

    /// <summary>Gets or sets the industry.</summary>
    public string Industry { get; set; } = "";

    /// <summary>Gets or sets the lead source.</summary>
    public string Source { get; set; } = "";

    /// <summary>Gets or sets the score.</summary>
    public int Score { get; set; }

    /// <summary>Gets or sets the assigned owner id (0 = none).</summary>
    public int Owner { get; set; }

    /// <summary>Gets or sets the grade id (0 = none).</summary>
    public int Grade { get; set; }
}

/// <summary>An order for the 2-rule set.</summary>
public sealed class BenchOrder
{
    /// <summary>Gets or sets the amount.</summary>
    public decimal Amount { get; set; }

    /// <summary>Gets or sets the customer level.</summary>
    public string Level { get; set; } = "";
}

/// <summary>A customer for the join.</summary>
public sealed class BenchCustomer
{
    /// <summary>Gets or sets the id.</summary>
    public int Id { get; set; }

    /// <summary>Gets or sets a value indicating whether the customer is a VIP.</summary>
    public bool Vip { get; set; }
}

/// <summary>A ticket for the join.</summary>
public sealed class BenchTicket
{
    /// <summary>Gets or sets the customer id.</summary>
    public int CustomerId { get; set; }

    /// <summary>Gets or sets a value indicating whether the ticket is open.</summary>
    public bool Open { get; set; }

    /// <summary>Gets or sets the urgency.</summary>
    public int Urgency { get; set; }
}
