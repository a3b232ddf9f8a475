using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Formwork.Auditing;
using Formwork.Forms;
using Formwork.Identity;
using Formwork.Stores;

namespace Formwork.Benchmarks.Forms;

/// <summary>What the import benchmarks share: the compiled form, the file as bytes and the Formwork import of it.</summary>
public abstract class ImportBenchmark
{
    private CompiledForm _form = null!;

    /// <summary>Gets the file the benchmark imports, as UTF-8 bytes.</summary>
    protected byte[] File { get; private set; } = [];

    /// <summary>Creates an engine over fresh in-memory stores.</summary>
    /// <returns>The engine.</returns>
    public static FormEngine NewEngine() => new(new InMemoryRecordStore(), new InMemorySequenceStore(), new InMemoryAuditLog(), new InMemoryOutbox());

    /// <summary>Imports the file with the Formwork importer in valid-rows-only mode.</summary>
    /// <param name="engine">The engine (and stores) to import into.</param>
    /// <returns>The import result.</returns>
    public ImportResult ImportInto(FormEngine engine) =>
        new FormImporter(engine).ImportCsvAsync(_form, new MemoryStream(File), new ImportOptions { Actor = new Actor("u1"), Mode = ImportMode.ValidRowsOnly })
            .GetAwaiter().GetResult();

    /// <summary>Reads the file's data rows with CsvHelper's parser (the header row skipped), as the hand-written baselines do.</summary>
    /// <returns>Each row's cells.</returns>
    protected IEnumerable<string[]> DataRows()
    {
        using var reader = new StreamReader(new MemoryStream(File));
        using var parser = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { HasHeaderRecord = false });
        parser.Read();
        while (parser.Read())
        {
            yield return parser.Record!;
        }
    }

    /// <summary>Compiles the form and keeps the file.</summary>
    /// <param name="definition">The form definition (JSON).</param>
    /// <param name="csv">The file's text.</param>
    protected void Load(string definition, StringBuilder csv)
    {
        _form = new FormDefinitionLoader().Load(definition).GetFormOrThrow();
        File = Encoding.UTF8.GetBytes(csv.ToString());
    }
}
