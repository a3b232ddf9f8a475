using System;
using System.Collections.Generic;

namespace Formwork.Rules.Tests.Fixtures;

public sealed class Lead
{
    public string Company { get; set; } = "";

    public string Title { get; set; } = "";

    public string Region { get; set; } = "";

    public string Industry { get; set; } = "";

    public int CompanySize { get; set; }

    public string Need { get; set; } = "";

    public string? Grade { get; set; }

    public string? Owner { get; set; }

    public override string ToString() => "Lead(" + Company + ")";
}

public sealed class FollowUpTask
{
    public string Title { get; set; } = "";

    public string? Owner { get; set; }

    public DateTimeOffset Due { get; set; }
}

public sealed class Customer
{
    public string Id { get; set; } = "";

    public string Level { get; set; } = "STD";

    public string Name { get; set; } = "";

    public override string ToString() => "Customer(" + Id + ")";
}

public sealed class Ticket
{
    public string Id { get; set; } = "";

    public string CustomerId { get; set; } = "";

    public bool Open { get; set; } = true;

    public int Urgency { get; set; }

    public DateTimeOffset LastActionAt { get; set; }

    public bool Escalated { get; set; }

    public override string ToString() => "Ticket(" + Id + ")";
}

public sealed class Contract
{
    public string Id { get; set; } = "";

    public string CustomerId { get; set; } = "";

    public string Applicant { get; set; } = "";

    public decimal Amount { get; set; }

    public override string ToString() => "Contract(" + Id + ")";
}

public sealed class Opportunity
{
    public string Id { get; set; } = "";

    public string Customer { get; set; } = "";

    public string Stage { get; set; } = "initial";

    public override string ToString() => "Opportunity(" + Id + ")";
}

public sealed class Project
{
    public string OpportunityId { get; set; } = "";

    public string Customer { get; set; } = "";
}

public sealed class Order
{
    public decimal Amount { get; set; }

    public string Level { get; set; } = "STD";

    public string CustomerId { get; set; } = "";
}

public sealed class Clock
{
    public DateTimeOffset Now { get; set; }
}

public sealed class Counter
{
    public int Value { get; set; }
}

public sealed class Outbox
{
    public List<string> Messages { get; } = new();

    public void Send(string message) => Messages.Add(message);
}
