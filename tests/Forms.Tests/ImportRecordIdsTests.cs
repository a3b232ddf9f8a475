using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Formwork.Forms;
using Formwork.Stores;

namespace Formwork.Forms.Tests;

public sealed class ImportRecordIdsTests
{
    [Fact]
    public async Task ImportCsvAsync_NewRecords_GetDistinctRandomVersion4Ids()
    {
        var form = TestForms.Load("""{ "id": "note", "fields": [ { "name": "text", "type": "text" } ] }""");
        var (engine, records, _, _) = TestForms.CreateEngine();
        var csv = "text\n" + string.Concat(Enumerable.Range(0, 600).Select(i => $"n{i}\n"));

        var result = await new FormImporter(engine).ImportCsvAsync(form, new MemoryStream(Encoding.UTF8.GetBytes(csv)), new ImportOptions { Actor = TestForms.Alice });

        Assert.Equal(600, result.Imported);
        var ids = (await records.QueryAsync(new RecordQuery { FormId = "note", Take = 1000 })).Items.Select(r => r.Id).ToList();
        Assert.Equal(600, ids.Distinct().Count());
        Assert.All(ids, id =>
        {
            Assert.Matches("^[0-9a-f]{32}$", id);
            Assert.Equal('4', id[12]);
            Assert.Contains(id[16], "89ab");
        });
    }
}
