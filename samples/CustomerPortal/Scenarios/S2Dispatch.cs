using System;

namespace CustomerPortal.Scenarios;

/// <summary>A dispatched ticket: the device's customer profile pulled by the serial number, and the engineer group.</summary>
/// <param name="TicketId">The ticket.</param>
/// <param name="Serial">The device's serial number.</param>
/// <param name="CustomerId">The customer, looked up through the serial number.</param>
/// <param name="Customer">The customer's name, looked up.</param>
/// <param name="ServiceCount">The device's maintenance visits, looked up.</param>
/// <param name="LastServiceOn">The last visit, looked up (null when never serviced).</param>
/// <param name="FaultType">The fault type.</param>
/// <param name="Urgency">The urgency.</param>
/// <param name="Group">The engineer group the decision table picked.</param>
/// <param name="Assignee">The group lead the ticket went to.</param>
/// <param name="ResponseHours">The response time the table set.</param>
public sealed record S2Dispatch(
    string TicketId, string Serial, string CustomerId, string Customer, int ServiceCount, DateOnly? LastServiceOn,
    string FaultType, string Urgency, string Group, string Assignee, int ResponseHours);
