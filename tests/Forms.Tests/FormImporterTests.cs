using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Formwork.Forms;
using Formwork.Stores;

namespace Formwork.Forms.Tests;

public sealed class FormImporterTests
{
    private const string Lead = """
        {
          "id": "lead",
          "fields": [
            { "name": "name", "type": "text", "label": "姓名", "required": true },
            { "name": "phone", "type": "phone", "label": "手机号码", "aliases": ["Mobile"], "settings": { "format": "mobile", "unique": true } },
            { "name": "amount", "type": "money", "label": "金额" },
            { "name": "signedOn", "type": "date", "label": "签约日期" },
            { "name": "level", "type": "select", "label": "等级", "settings": { "options": [ { "value": "A", "label": "重要" }, { "value": "B", "label": "一般" } ] } },
            { "name": "code", "type": "serialNumber", "settings": { "serialPattern": "L{00000}" } }
          ]
        }
        """;

    private static readonly ImportOptions AllOrNothing = new() { Actor = TestForms.Alice };

    [Fact]
    public async Task ImportCsvAsync_MatchingHeadersAndConversions_ImportsEveryRow()
    {
        var form = TestForms.Load(Lead);
        var (engine, records, audit, _) = TestForms.CreateEngine();
        var csv = "\uFEFF 姓 名 ,ＭＯＢＩＬＥ,金额,签约日期,等级,Ignored\n张三,13800000001,\"1,234.50\",2024年3月1日,重要,x\n李四,13800000002,¥99,2024/3/2,B,\n";

        var result = await new FormImporter(engine).ImportCsvAsync(form, Stream(csv), AllOrNothing);

        Assert.True(result.Success, string.Join("\n", result.Errors.Select(e => e.Message)));
        Assert.Equal((2, 0, 0), (result.Imported, result.Updated, result.Skipped));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("The column 'Ignored' matches no field and is ignored.", warning.Message);
        var page = await records.QueryAsync(new RecordQuery { FormId = "lead", OrderBy = [new RecordSort("phone")] });
        var first = page.Items[0].Data;
        Assert.Equal(1234.50m, first["amount"].AsNumber());
        Assert.Equal(new DateOnly(2024, 3, 1), first["signedOn"].AsDate());
        Assert.Equal("A", first["level"].AsText());
        Assert.Equal(["L00001", "L00002"], page.Items.Select(r => r.Data["code"].AsText()).Order());
        Assert.Equal(2, audit.All.Count);
    }

    [Fact]
    public async Task ImportCsvAsync_TenThousandRowsWithBadRows_AllOrNothingLeavesStoreUntouched()
    {
        var form = TestForms.Load(Lead);
        var (engine, records, _, _) = TestForms.CreateEngine();
        var csv = BigCsv(10_000, out var bad);

        var result = await new FormImporter(engine).ImportCsvAsync(form, Stream(csv), AllOrNothing);

        Assert.False(result.Success);
        Assert.Equal((0, 0, 10_000), (result.Imported, result.Updated, result.Skipped));
        Assert.Equal(bad, result.Errors.Select(e => e.Row).Distinct().Count());
        var error = result.Errors.First(e => e.Code == "FWF1020");
        Assert.Equal("金额", error.Column);
        Assert.Equal("amount", error.Field);
        Assert.Equal(0, (await records.QueryAsync(new RecordQuery { FormId = "lead" })).TotalCount);
    }

    [Fact]
    public async Task ImportCsvAsync_TenThousandRowsValidRowsOnly_WritesValidRowsAndListsBadOnes()
    {
        var form = TestForms.Load(Lead);
        var (engine, records, _, _) = TestForms.CreateEngine();
        var csv = BigCsv(10_000, out var bad);

        var result = await new FormImporter(engine).ImportCsvAsync(form, Stream(csv), AllOrNothing with { Mode = ImportMode.ValidRowsOnly });

        Assert.Equal(10_000 - bad, result.Imported);
        Assert.Equal(bad, result.Skipped);
        Assert.Equal(10_000 - bad, (await records.QueryAsync(new RecordQuery { FormId = "lead", Take = 1 })).TotalCount);
        Assert.Contains(result.Errors, e => e.Row == 8 && e.Code == "FWF1011" && e.Column == "手机号码" && e.Message == "手机号码 is not a valid mobile number.");
        Assert.Contains(result.Errors, e => e.Row == 14 && e.Code == "FWF1001" && e.Field == "name");
        Assert.Contains(result.Errors, e => e.Row == 20 && e.Code == "FWF1006" && e.MessageChinese == "“金牌”不是等级的可选项。");
        Assert.Contains(result.Errors, e => e.Row == 26 && e.Code == "FWF1026");
    }

    [Fact]
    public async Task ImportCsvAsync_KeyFields_UpdatesExistingRecords()
    {
        var form = TestForms.Load(Lead);
        var (engine, records, _, _) = TestForms.CreateEngine();
        var importer = new FormImporter(engine);
        await importer.ImportCsvAsync(form, Stream("name,phone,amount\nA,13800000001,1\nB,13800000002,2\n"), AllOrNothing);

        var result = await importer.ImportCsvAsync(form, Stream("phone,amount\n13800000002,20\n13800000003,30\n"), AllOrNothing with { KeyFields = ["phone"], Mode = ImportMode.ValidRowsOnly });

        Assert.Equal((0, 1, 1), (result.Imported, result.Updated, result.Skipped));
        Assert.Equal("FWF1001", Assert.Single(result.Errors).Code);
        var updated = (await records.QueryAsync(new RecordQuery { FormId = "lead" })).Items.Single(r => r.Data["phone"].AsText() == "13800000002");
        Assert.Equal((20m, "B", 2L), (updated.Data["amount"].AsNumber(), updated.Data["name"].AsText(), updated.Version));
    }

    [Fact]
    public async Task ImportCsvAsync_MissingKeyColumn_IsAFileError()
    {
        var form = TestForms.Load(Lead);
        var (engine, _, _, _) = TestForms.CreateEngine();

        var result = await new FormImporter(engine).ImportCsvAsync(form, Stream("name\nA\n"), AllOrNothing with { KeyFields = ["phone"] });

        Assert.Equal("The key field 'phone' has no column in the file.", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public async Task ImportXlsxAsync_SharedStringsNumbersAndDates_Imports()
    {
        var form = TestForms.Load(Lead);
        var (engine, records, _, _) = TestForms.CreateEngine();
        using var xlsx = Xlsx(["姓名", "手机号码", "金额", "签约日期"], [["王五", "13900000009", 12.5, new DateTime(2024, 5, 6)]]);

        var result = await new FormImporter(engine).ImportXlsxAsync(form, xlsx, AllOrNothing);

        Assert.True(result.Success, string.Join("\n", result.Errors.Select(e => e.Message)));
        var record = Assert.Single((await records.QueryAsync(new RecordQuery { FormId = "lead" })).Items);
        Assert.Equal((12.5m, new DateOnly(2024, 5, 6)), (record.Data["amount"].AsNumber(), record.Data["signedOn"].AsDate()));
    }

    [Fact]
    public async Task ImportXlsxAsync_NotAnXlsxFile_IsAFileError()
    {
        var form = TestForms.Load(Lead);
        var (engine, _, _, _) = TestForms.CreateEngine();

        var result = await new FormImporter(engine).ImportXlsxAsync(form, Stream("not a zip"), AllOrNothing);

        Assert.Equal("FWF2003", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public async Task ImportCsvAsync_Gb18030FileWithoutEncoding_IsDetected()
    {
        var form = TestForms.Load(Lead);
        var (engine, records, _, _) = TestForms.CreateEngine();
        var bytes = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(54936)!.GetBytes("姓名,手机号码,等级\n张三,13800000001,重要\n");

        var result = await new FormImporter(engine).ImportCsvAsync(form, new MemoryStream(bytes), AllOrNothing);

        Assert.True(result.Success, string.Join("\n", result.Errors.Select(e => e.Message)));
        var record = Assert.Single((await records.QueryAsync(new RecordQuery { FormId = "lead" })).Items);
        Assert.Equal(("张三", "A"), (record.Data["name"].AsText(), record.Data["level"].AsText()));
    }

    [Fact]
    public async Task ImportCsvAsync_Utf8FileWithoutBom_StaysUtf8()
    {
        var form = TestForms.Load(Lead);
        var (engine, records, _, _) = TestForms.CreateEngine();

        var result = await new FormImporter(engine).ImportCsvAsync(form, new MemoryStream(Encoding.UTF8.GetBytes("姓名,手机号码\n李四,13800000002\n")), AllOrNothing);

        Assert.True(result.Success);
        Assert.Equal("李四", Assert.Single((await records.QueryAsync(new RecordQuery { FormId = "lead" })).Items).Data["name"].AsText());
    }

    [Fact]
    public async Task ImportAsync_SubformCellHeaders_BuildRowsAndMapErrorsToColumns()
    {
        var form = TestForms.LoadContract();
        var (engine, records, _, _) = TestForms.CreateEngine();
        var csv = "客户,明细[0].产品,lines[0].quantity,lines[0].price,明细[1].产品,lines[1].数量,lines[1].price,lines[2].product,lines[2].quantity\n"
            + "甲,A,2,10,B,1,5.5,,\n"
            + "乙,A,1,1,,,,C,many\n";

        var result = await new FormImporter(engine).ImportCsvAsync(form, Stream(csv), new ImportOptions { Actor = TestForms.Alice, Mode = ImportMode.ValidRowsOnly });

        Assert.Equal((1, 1), (result.Imported, result.Skipped));
        var error = Assert.Single(result.Errors, e => e.Code == "FWF1020");
        Assert.Equal((3, "lines[2].quantity", "lines[1].quantity", "FWF1020"), (error.Row, error.Column, error.Field, error.Code));
        var stored = Assert.Single((await records.QueryAsync(new RecordQuery { FormId = "contract" })).Items).Data;
        var lines = stored["lines"].AsTable();
        Assert.Equal(2, lines.Count);
        Assert.Equal(("B", 5.50m), (lines[1]["product"].AsText(), lines[1]["amount"].AsNumber()));
        Assert.Equal("25.50", stored["total"].ToString());
    }

    [Fact]
    public async Task ImportAsync_SubformRowIndexBeyondLimit_IsAFileError()
    {
        var form = TestForms.LoadContract();
        var (engine, _, _, _) = TestForms.CreateEngine();

        var result = await new FormImporter(engine).ImportCsvAsync(form, Stream("客户,lines[50].product\n甲,A\n"), AllOrNothing);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("$[1] FWF2007 The column 'lines[50].product' addresses a subform row beyond the limit of 50 rows.", $"{error.Path} {error.Code} {error.Message}");
    }

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));

    private static string BigCsv(int rows, out int bad)
    {
        var builder = new StringBuilder("姓名,手机号码,金额,签约日期,等级\n");
        bad = 0;
        for (var i = 0; i < rows; i++)
        {
            var row = i + 2;
            var phone = "139" + i.ToString("00000000", CultureInfo.InvariantCulture);
            var (name, amount, level) = ($"客户{i}", (i * 10).ToString("N2", CultureInfo.InvariantCulture), i % 2 == 0 ? "重要" : "一般");
            switch (row % 50)
            {
                case 3:
                    amount = "abc";
                    break;
                case 8:
                    phone = "1234";
                    break;
                case 14:
                    name = string.Empty;
                    break;
                case 20:
                    level = "金牌";
                    break;
                case 26:
                    phone = "139" + (i - 1).ToString("00000000", CultureInfo.InvariantCulture);
                    break;
            }

            if (row % 50 is 3 or 8 or 14 or 20 or 26)
            {
                bad++;
            }

            builder.Append(CultureInfo.InvariantCulture, $"{name},{phone},\"{amount}\",2024-01-{1 + (i % 28):00},{level}\n");
        }

        return builder.ToString();
    }

    private static MemoryStream Xlsx(string[] headers, object[][] rows)
    {
        var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font()), new Fills(new Fill()), new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            var all = new[] { headers.Cast<object>().ToArray() }.Concat(rows).ToArray();
            for (var r = 0; r < all.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < all[r].Length; c++)
                {
                    var reference = $"{(char)('A' + c)}{r + 1}";
                    row.Append(all[r][c] switch
                    {
                        string s => SharedString(strings.SharedStringTable, s, reference),
                        DateTime d => new Cell { CellReference = reference, StyleIndex = 1, CellValue = new CellValue(d.ToOADate().ToString(CultureInfo.InvariantCulture)) },
                        var n => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(Convert.ToString(n, CultureInfo.InvariantCulture)!) },
                    });
                }

                data.Append(row);
            }

            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Sheet1" }));
        }

        stream.Position = 0;
        return stream;
    }

    private static Cell SharedString(SharedStringTable table, string text, string reference)
    {
        table.AppendChild(new SharedStringItem(new Text(text)));
        return new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue((table.ChildElements.Count - 1).ToString(CultureInfo.InvariantCulture)) };
    }
}
