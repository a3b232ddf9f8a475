namespace CustomerPortal.Data;

/// <summary>A service ticket of the tour's day (S2): what the customer reports and whether an engineer acts in time.</summary>
public sealed record SeedTicket
{
    /// <summary>Ticket id, <c>GD-0001</c> upwards.</summary>
    public required string Id { get; init; }

    /// <summary>The device's serial number.</summary>
    public required string Serial { get; init; }

    /// <summary>hardware, power, software or network.</summary>
    public required string FaultType { get; init; }

    /// <summary>high, medium or low.</summary>
    public required string Urgency { get; init; }

    /// <summary>The customer's description.</summary>
    public required string Description { get; init; }

    /// <summary>How many photos are attached.</summary>
    public required int Photos { get; init; }

    /// <summary>Whether the assigned engineer acts on it within the first hours (otherwise the SLA escalates it).</summary>
    public required bool Handled { get; init; }
}
