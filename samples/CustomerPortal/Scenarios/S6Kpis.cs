namespace CustomerPortal.Scenarios;

/// <summary>The KPI tiles of the CEO dashboard as one viewer saw them.</summary>
/// <param name="Viewer">The user the dashboard ran for.</param>
/// <param name="Filter">The shared filter the viewer picked (empty for none).</param>
/// <param name="NewCustomers">New customers this month.</param>
/// <param name="SignedAmount">Contract amount signed this month.</param>
/// <param name="Contracts">Contracts signed this month.</param>
/// <param name="Leads">Leads the funnel widget counted (the rows the viewer may see).</param>
public sealed record S6Kpis(string Viewer, string Filter, int NewCustomers, decimal SignedAmount, int Contracts, int Leads);
