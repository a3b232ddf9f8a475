using System.Linq;
using Formwork.Forms;

namespace Formwork.Reporting.Tests;

public sealed class ReportDatasetFromFormTests
{
    [Fact]
    public void FromForm_ValueFields_BecomeTypedColumns_SubformsAndLayoutLeftOut()
    {
        var form = new FormDefinitionLoader().Load("""
            { "id": "contract", "fields": [
              { "name": "title", "type": "section" },
              { "name": "customer", "type": "text", "label": "客户" },
              { "name": "signedOn", "type": "date" },
              { "name": "lines", "type": "subform", "fields": [ { "name": "qty", "type": "number" } ] },
              { "name": "amount", "type": "computed", "formula": "SUM(lines.qty)", "settings": { "resultKind": "number" } } ] }
            """).GetFormOrThrow();

        var dataset = ReportDataset.FromForm(form);

        Assert.Equal("contract", dataset.Id);
        Assert.Equal(["customer:Text:客户", "signedOn:Date:signedOn", "amount:Number:amount"], dataset.Columns.Select(c => $"{c.Name}:{c.Kind}:{c.Label}"));
    }
}
