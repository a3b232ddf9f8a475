using System;
using System.Collections.Generic;

namespace CustomerPortal.Data;

/// <summary>A device installed at a seeded customer (S2): the serial number a service ticket names.</summary>
public sealed record SeedDevice
{
    /// <summary>Serial number, <c>SN-2025-00001</c> style; also the device record's id.</summary>
    public required string Serial { get; init; }

    /// <summary>The model.</summary>
    public required string Model { get; init; }

    /// <summary>The customer it is installed at.</summary>
    public required SeedCustomer Customer { get; init; }

    /// <summary>The day it was installed.</summary>
    public required DateOnly InstalledOn { get; init; }

    /// <summary>Its maintenance history, oldest first.</summary>
    public required IReadOnlyList<SeedService> History { get; init; }
}
