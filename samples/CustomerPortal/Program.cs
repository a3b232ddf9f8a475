using System;
using System.Text;
using CustomerPortal.Data;
using CustomerPortal.Host;

// The Formwork customer portal: a host wiring every Formwork engine with its in-memory defaults, loading the
// definitions a designer would produce (Definitions/*.json) and playing scenarios S1–S8 of a customer-submission
// system on a seeded dataset. `--help` lists the scenarios.
Console.OutputEncoding = Encoding.UTF8;

PortalArguments arguments;
try
{
    arguments = PortalArguments.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

if (arguments.Help)
{
    Console.WriteLine(PortalArguments.Usage());
    return 0;
}

Console.WriteLine($"Formwork customer portal — seed {arguments.Seed}, files in {arguments.OutputDirectory}");
var data = new SeedData(arguments.Seed);
foreach (var scenario in arguments.Scenarios)
{
    await using var portal = Portal.Create(Console.Out, data, arguments.OutputDirectory, interactive: !Console.IsOutputRedirected);
    await scenario.RunAsync(portal);
}

return 0;
