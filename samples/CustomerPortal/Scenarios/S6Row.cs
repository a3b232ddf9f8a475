namespace CustomerPortal.Scenarios;

/// <summary>One labelled number of an S6 report (a month and its new customers, a channel and its customers, ...).</summary>
/// <param name="Label">The row's label as the report engine printed it.</param>
/// <param name="Value">The row's first measure.</param>
public sealed record S6Row(string Label, decimal Value);
