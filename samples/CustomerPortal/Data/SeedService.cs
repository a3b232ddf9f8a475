using System;

namespace CustomerPortal.Data;

/// <summary>A maintenance visit in a device's history.</summary>
/// <param name="Date">The day of the visit.</param>
/// <param name="Work">What was done.</param>
/// <param name="EngineerId">The engineer (user id).</param>
public sealed record SeedService(DateOnly Date, string Work, string EngineerId);
