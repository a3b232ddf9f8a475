using System;

namespace CustomerPortal.Scenarios;

/// <summary>A project record created when an opportunity was signed (form <c>project</c>).</summary>
/// <param name="Id">The record id (<c>project:OPP-0001</c>).</param>
/// <param name="ProjectNo">The serial number, <c>XM-yyyyMMdd-000</c>.</param>
/// <param name="OpportunityCode">The opportunity it came from.</param>
/// <param name="Name">The project name: customer and what was sold.</param>
/// <param name="ContractNo">The contract number.</param>
/// <param name="CustomerId">The customer id.</param>
/// <param name="CustomerName">The customer.</param>
/// <param name="Contact">The customer's contact.</param>
/// <param name="Phone">The contact's mobile.</param>
/// <param name="Region">The region.</param>
/// <param name="Industry">The industry.</param>
/// <param name="Amount">The signed amount.</param>
/// <param name="SalesOwner">The rep who signed it.</param>
/// <param name="SignedOn">The day it was signed.</param>
/// <param name="Status">The project status (<c>待启动</c> when created).</param>
public sealed record S5Project(
    string Id,
    string ProjectNo,
    string OpportunityCode,
    string Name,
    string ContractNo,
    string CustomerId,
    string CustomerName,
    string Contact,
    string Phone,
    string Region,
    string Industry,
    decimal Amount,
    string SalesOwner,
    DateOnly SignedOn,
    string Status);
