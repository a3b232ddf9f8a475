namespace CustomerPortal.Scenarios;

/// <summary>One row of a leaderboard: who (a rep, or a region and team) and what they signed.</summary>
/// <param name="Label">The rep's name, or <c>region / team</c>.</param>
/// <param name="Amount">The contract amount signed.</param>
/// <param name="Contracts">The number of contracts signed.</param>
public sealed record S6LeaderRow(string Label, decimal Amount, int Contracts);
