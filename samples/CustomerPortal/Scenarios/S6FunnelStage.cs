namespace CustomerPortal.Scenarios;

/// <summary>One stage of the sales funnel.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="Count">Leads that reached the stage (or a later one).</param>
/// <param name="StepConversion">The count as a fraction of the previous stage's (1 for the first stage).</param>
/// <param name="OverallConversion">The count as a fraction of the first stage's.</param>
public sealed record S6FunnelStage(string Stage, int Count, decimal StepConversion, decimal OverallConversion);
