using System;
using System.Collections.Generic;
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

/// <summary>Flat files with one line per subform row: <c>明细.产品</c> columns, rows grouped into records.</summary>
public sealed class ImportSubformRowsTests
{
    private static readonly ImportOptions AllOrNothing = new() { Actor = TestForms.Alice };

    [Fact]
    public async Task ImportCsvAsync_BlankRecordCellsContinueTheRecord_GroupsLines()
    {
        var form = TestForms.LoadContract();
        var (engine, records, audit, _) = TestForms.CreateEngine();
        var csv = "客户,明细.产品,lines.quantity,明细：单价,lines/数量备注\n"
            + "甲,A,2,10,\n"
            + ",B,1,5.5,\n"
            + "乙,C,3,1,\n";

        var result = await new FormImporter(engine).ImportCsvAsync(form, Stream(csv), AllOrNothing);

        Assert.True(result.Success, string.Join("\n", result.Errors.Select(e => e.Message)));
        Assert.Equal((2, 0, 0), (result.Imported, result.Updated, result.Skipped));
        Assert.Equal("The column 'lines/数量备注' matches no field and is ignored.", Assert.Single(result.Diagnostics).Message);
        Assert.Equal(["乙 [C×3@1=3.00] 3.00", "甲 [A×2@10=20.00; B×1@5.5=5.50] 25.50"], await DescribeAllAsync(records));
        Assert.Equal(2, audit.All.Count);
    }

    [Theory]
    [InlineData("lines.product")]
    [InlineData("明细-产品")]
    [InlineData("明细/产品")]
    [InlineData("明细:产品")]
    [InlineData("明细：产品")]
    [InlineData(" 明细 ． 产品 ")]
    [InlineData("LINES.PRODUCT")]
    public async Task ImportCsvAsync_FlatHeaderSeparators_MatchTheSubformColumn(string header)
    {
        var form = TestForms.LoadContract();
        var (engine, records, _, _) = TestForms.CreateEngine();

        var result = await new FormImporter(engine).ImportCsvAsync(form, Stream($"客户,\"{header}\",明细.数量,明细.单价\n甲,A,1,2\n,B,2,3\n"), AllOrNothing);

        Assert.True(result.Success, string.Join("\n", result.Errors.Select(e => e.Message).Concat(result.Diagnostics.Select(d => d.Message))));
        Assert.Equal(["甲 [A×1@2=2.00; B×2@3=6.00] 8.00"], await DescribeAllAsync(records));
    }

    [Fact]
    public async Task ImportCsvAsync_RepeatedKeyCellsWithKeyFields_ContinueTheRecordAndUpsert()
    {
        var form = TestForms.LoadContract();
        var (engine, records, _, _) = TestForms.CreateEngine();
        var importer = new FormImporter(engine);
        var options = AllOrNothing with { KeyFields = ["phone"] };
        await importer.ImportCsvAsync(form, Stream("客户,手机,明细.产品,明细.数量,明细.单价\n甲,13800000001,A,1,1\n"), options);

        var csv = "客户,手机,明细.产品,明细.数量,明细.单价\n"
            + "甲,13800000001,A,2,10\n"
            + "甲,13800000001,B,1,5\n"
            + ",,C,1,1\n"
            + "乙,13800000002,D,1,1\n"
            + "乙,13800000002,E,2,1\n";
        var result = await importer.ImportCsvAsync(form, Stream(csv), options);

        Assert.True(result.Success, string.Join("\n", result.Errors.Select(e => e.Message)));
        Assert.Equal((1, 1, 0), (result.Imported, result.Updated, result.Skipped));
        Assert.Equal(["乙 [D×1@1=1.00; E×2@1=2.00] 3.00", "甲 [A×2@10=20.00; B×1@5=5.00; C×1@1=1.00] 26.00"], await DescribeAllAsync(records));
    }

    [Fact]
    public async Task ImportCsvAsync_RepeatedRecordCellsWithoutKeyFields_StartNewRecords()
    {
        var form = TestForms.LoadContract();
        var (engine, records, _, _) = TestForms.CreateEngine();

        var result = await new FormImporter(engine).ImportCsvAsync(form, Stream("客户,明细.产品\n甲,A\n甲,B\n"), AllOrNothing);

        Assert.Equal(2, result.Imported);
        Assert.Equal(["甲 [A×?@?=0.00] 0.00", "甲 [B×?@?=0.00] 0.00"], await DescribeAllAsync(records));
    }

    [Fact]
    public async Task ImportCsvAsync_ContinuationBeforeAnyRecord_IsARowError()
    {
        var form = TestForms.LoadContract();
        var (engine, records, _, _) = TestForms.CreateEngine();

        var result = await new FormImporter(engine).ImportCsvAsync(form, Stream("客户,明细.产品\n,A\n甲,B\n"), new ImportOptions { Actor = TestForms.Alice, Mode = ImportMode.ValidRowsOnly });

        var error = Assert.Single(result.Errors);
        Assert.Equal((2, null, "FWF2009"), (error.Row, error.Column, error.Code));
        Assert.Equal("Row 2 adds a subform line, but no record starts above it (its record cells are blank).", error.Message);
        Assert.Equal("第 2 行是明细行，但上方没有开始任何记录（记录列为空）。", error.MessageChinese);
        Assert.Equal((1, 1), (result.Imported, result.Skipped));
        Assert.Equal(["甲 [B×?@?=0.00] 0.00"], await DescribeAllAsync(records));
    }

    [Fact]
    public async Task ImportCsvAsync_RecordCellsDisagreeWithinAGroup_NamesRowColumnAndValues()
    {
        var form = TestForms.LoadContract();
        var (engine, records, _, _) = TestForms.CreateEngine();
        var csv = "客户,手机,等级,明细.产品\n"
            + "甲,13800000001,VIP客户,A\n"
            + ",13800000001,普通,B\n"
            + "乙,13800000002,,C\n";

        var result = await new FormImporter(engine).ImportCsvAsync(form, Stream(csv), new ImportOptions { Actor = TestForms.Alice, Mode = ImportMode.ValidRowsOnly, KeyFields = ["phone"] });

        var error = Assert.Single(result.Errors);
        Assert.Equal((3, "等级", "FWF2010"), (error.Row, error.Column, error.Code));
        Assert.Equal("Row 3 continues the record that starts on row 2, but its column '等级' is '普通' where the record has 'VIP客户'; repeat the value or leave the cell blank.", error.Message);
        Assert.Equal("第 3 行延续第 2 行开始的记录，但其列“等级”为“普通”，而该记录为“VIP客户”；请填写相同的值或留空。", error.MessageChinese);
        Assert.Equal((1, 1), (result.Imported, result.Skipped));
        Assert.Equal(["乙 [C×?@?=0.00] 0.00"], await DescribeAllAsync(records));
    }

    [Fact]
    public async Task ImportCsvAsync_BadSubformCellAllOrNothing_PointsAtFileRowAndColumnAndWritesNothing()
    {
        var form = TestForms.LoadContract();
        var (engine, records, audit, outbox) = TestForms.CreateEngine();
        var csv = "客户,明细.产品,明细.数量,明细.单价\n"
            + "甲,A,1,1\n"
            + "乙,B,1,1\n"
            + ",,,\n"
            + ",C,2,1\n"
            + ",D,many,1\n";

        var result = await new FormImporter(engine).ImportCsvAsync(form, Stream(csv), AllOrNothing);

        Assert.False(result.Success);
        // The bad cell, then what could not be computed from it: the line's amount (its row) and the record's totals (the record's first row).
        Assert.Equal(["6 明细.数量 lines[2].quantity FWF1020", "6  lines[2].amount FWF1036", "3  total FWF1036", "3  bigDeal FWF1036"], result.Errors.Select(e => $"{e.Row} {e.Column} {e.Field} {e.Code}"));
        var error = result.Errors[0];
        Assert.Equal((6, "明细.数量", "lines[2].quantity", "FWF1020"), (error.Row, error.Column, error.Field, error.Code));
        Assert.Equal((0, 0, 2), (result.Imported, result.Updated, result.Skipped));
        Assert.Empty((await records.QueryAsync(new RecordQuery { FormId = "contract" })).Items);
        Assert.Empty(audit.All);
        Assert.Empty(outbox.All);
    }

    [Fact]
    public async Task ImportCsvAsync_MissingRequiredSubformCell_PointsAtTheLineRow()
    {
        var form = TestForms.LoadContract();
        var (engine, _, _, _) = TestForms.CreateEngine();

        var result = await new FormImporter(engine).ImportCsvAsync(form, Stream("客户,明细.产品,明细.数量\n甲,A,1\n,,2\n"), AllOrNothing);

        var error = Assert.Single(result.Errors);
        Assert.Equal((3, "明细.产品", "lines[1].product"), (error.Row, error.Column, error.Field));
    }

    [Fact]
    public async Task ImportCsvAsync_MoreLinesThanTheSubformAllows_IsTheRecordsError()
    {
        var form = TestForms.LoadContract();
        var (engine, records, _, _) = TestForms.CreateEngine();
        var csv = new StringBuilder("客户,明细.产品\n甲,P0\n");
        for (var i = 1; i < 51; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $",P{i}\n");
        }

        csv.Append("乙,Q\n");

        var result = await new FormImporter(engine).ImportCsvAsync(form, Stream(csv.ToString()), new ImportOptions { Actor = TestForms.Alice, Mode = ImportMode.ValidRowsOnly });

        var error = Assert.Single(result.Errors);
        Assert.Equal((2, "lines", "FWF1022"), (error.Row, error.Field, error.Code));
        Assert.Equal("明细 allows at most 50 rows.", error.Message);
        Assert.Equal(["乙 [Q×?@?=0.00] 0.00"], await DescribeAllAsync(records));
    }

    [Fact]
    public async Task ImportCsvAsync_ManyRowsWithoutLinesInAGroup_DoNotCrowdOutLinesOrHideTheLimit()
    {
        var result = new FormDefinitionLoader(new FormsOptions { MaxSubformRows = 2 }).Load("""
            { "id": "order", "fields": [ { "name": "no", "type": "text" }, { "name": "items", "type": "subform", "fields": [ { "name": "sku", "type": "text" } ] } ] }
            """);
        var form = result.GetFormOrThrow();
        var (engine, records, _, _) = TestForms.CreateEngine();
        var importer = new FormImporter(engine);
        var options = new ImportOptions { Actor = TestForms.Alice, Mode = ImportMode.ValidRowsOnly, KeyFields = ["no"] };

        var fits = await importer.ImportCsvAsync(form, Stream("no,items.sku\nA,\nA,\nA,\nA,\nA,\nA,x\nA,y\n"), options);
        var over = await importer.ImportCsvAsync(form, Stream("no,items.sku\nB,\nB,\nB,\nB,p\nB,q\nB,r\nB,s\nB,t\n"), options);

        Assert.True(fits.Success, string.Join("\n", fits.Errors.Select(e => e.Message)));
        var stored = Assert.Single((await records.QueryAsync(new RecordQuery { FormId = "order" })).Items);
        Assert.Equal(["x", "y"], stored.Data["items"].AsTable().Select(r => r["sku"].AsText()));
        var error = Assert.Single(over.Errors);
        Assert.Equal((2, "items", "FWF1022"), (error.Row, error.Field, error.Code));
    }

    [Fact]
    public async Task ImportCsvAsync_FlatAndIndexedColumnsForOneSubform_IsAFileError()
    {
        var form = TestForms.LoadContract();
        var (engine, _, _, _) = TestForms.CreateEngine();

        var result = await new FormImporter(engine).ImportCsvAsync(form, Stream("客户,lines[0].product,明细.数量\n甲,A,1\n"), AllOrNothing);

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("$[2] FWF2008 The column '明细.数量' gives the subform 'lines' one line per file row, but other columns address its rows by index; use one style per subform.", $"{error.Path} {error.Code} {error.Message}");
    }

    [Fact]
    public async Task ImportXlsxAsync_VerticallyMergedRecordCells_CountAsRepeated()
    {
        var form = TestForms.LoadContract();
        var (engine, records, _, _) = TestForms.CreateEngine();
        using var xlsx = Xlsx(
            [["客户", "等级", "明细.产品", "明细.数量"], ["甲", "普通", "A", "1"], [null, null, "B", "2"], ["乙", null, "C", "3"], [null, null, null, "4"]],
            ["A2:A3", "B2:B5", "C4:C5"]);

        var result = await new FormImporter(engine).ImportXlsxAsync(form, xlsx, AllOrNothing);

        Assert.True(result.Success, string.Join("\n", result.Errors.Select(e => e.Message)));
        Assert.Equal(["乙 [C×3@?=0.00; C×4@?=0.00] 0.00", "甲 [A×1@?=0.00; B×2@?=0.00] 0.00"], await DescribeAllAsync(records));
        var levels = (await records.QueryAsync(new RecordQuery { FormId = "contract" })).Items.Select(r => r.Data["level"].ToString()).Order();
        Assert.Equal(["normal", "normal"], levels);
    }

    [Fact]
    public async Task ImportXlsxAsync_MergedCellsWithoutFlatColumns_RepeatButDoNotMakeRowsOfTheirOwn()
    {
        var form = TestForms.LoadContract();
        var (engine, records, _, _) = TestForms.CreateEngine();
        using var xlsx = Xlsx(
            [["客户", "等级", "明细[0].产品"], ["甲", "普通", "A"], [null, null, null], ["乙", null, "B"]],
            ["A2:A3", "B2:B4"]);

        var result = await new FormImporter(engine).ImportXlsxAsync(form, xlsx, AllOrNothing);

        Assert.True(result.Success, string.Join("\n", result.Errors.Select(e => e.Message)));
        var stored = (await records.QueryAsync(new RecordQuery { FormId = "contract" })).Items;
        Assert.Equal(["乙 normal B", "甲 normal A"], stored.Select(r => $"{r.Data["customer"]} {r.Data["level"]} {r.Data["lines"].AsTable()[0]["product"]}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ImportCsvAsync_RoundTripOfRandomRecords_ReadsTheSameRecords()
    {
        var form = TestForms.LoadContract();
        var (source, sourceRecords, _, _) = TestForms.CreateEngine();
        var random = new Random(4711);
        for (var r = 0; r < 40; r++)
        {
            var lines = string.Join(",", Enumerable.Range(0, random.Next(1, 5)).Select(i =>
                $$"""{ "product": "P{{r}}-{{i}}", "quantity": {{random.Next(1, 20)}}, "price": {{random.Next(0, 100000) / 100m}} }"""));
            var data = form.ReadData($$"""{ "customer": "客户{{r}}", "phone": "139{{r:00000000}}", "level": "{{(r % 3 == 0 ? "vip" : "normal")}}", "discount": "{{(r % 3 == 0 ? "5%" : "")}}", "lines": [{{lines}}] }""");
            var submitted = await source.SubmitAsync(form, data, new Formwork.Forms.SubmissionOptions { Actor = TestForms.Alice });
            Assert.True(submitted.Success, string.Join("\n", submitted.Errors));
        }

        var stored = (await sourceRecords.QueryAsync(new RecordQuery { FormId = "contract", Take = 100 })).Items;
        foreach (var repeat in new[] { false, true })
        {
            var csv = new StringBuilder("客户,手机,等级,折扣,明细.产品,明细.数量,明细.单价\n");
            foreach (var record in stored)
            {
                var first = true;
                foreach (var line in record.Data["lines"].AsTable())
                {
                    var parent = first || repeat
                        ? $"{record.Data["customer"]},{record.Data["phone"]},{record.Data["level"]},{(record.Data["discount"].IsBlank ? "" : record.Data["discount"].AsNumber().ToString(CultureInfo.InvariantCulture))}"
                        : ",,,";
                    csv.Append(CultureInfo.InvariantCulture, $"{parent},{line["product"]},{line["quantity"]},{line["price"]}\n");
                    first = false;
                }
            }

            var (target, targetRecords, _, _) = TestForms.CreateEngine();
            var result = await new FormImporter(target).ImportCsvAsync(form, Stream(csv.ToString()), AllOrNothing with { KeyFields = repeat ? ["phone"] : [] });

            Assert.True(result.Success, string.Join("\n", result.Errors.Select(e => $"{e.Row} {e.Field} {e.Message}")));
            Assert.Equal(stored.Count, result.Imported);
            var imported = (await targetRecords.QueryAsync(new RecordQuery { FormId = "contract", Take = 100 })).Items;
            Assert.Equal(stored.Select(DescribeFully).Order(StringComparer.Ordinal), imported.Select(DescribeFully).Order(StringComparer.Ordinal));
        }
    }

    private static string Describe(StoredRecord record)
    {
        var data = record.Data;
        var lines = data["lines"].AsTable().Select(l => $"{l["product"]}×{Show(l["quantity"])}@{Show(l["price"])}={Show(l["amount"])}");
        return $"{data["customer"]} [{string.Join("; ", lines)}] {data["total"]}";
    }

    private static string DescribeFully(StoredRecord record) =>
        $"{Describe(record)} {record.Data["phone"]} {record.Data["level"]} {Show(record.Data["discount"])} {record.Data["owner"]}";

    private static string Show(Value value) => value.IsBlank ? "?" : value.ToString();

    private static async Task<string[]> DescribeAllAsync(InMemoryRecordStore records)
    {
        var items = (await records.QueryAsync(new RecordQuery { FormId = "contract", Take = 1000 })).Items;
        return [.. items.Select(Describe).Order(StringComparer.Ordinal)];
    }

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));

    private static MemoryStream Xlsx(string?[][] rows, string[] merges)
    {
        var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    if (rows[r][c] is { } text)
                    {
                        row.Append(new Cell { CellReference = $"{(char)('A' + c)}{r + 1}", DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) });
                    }
                }

                data.Append(row);
            }

            var mergeCells = new MergeCells();
            foreach (var merge in merges)
            {
                mergeCells.Append(new MergeCell { Reference = merge });
            }

            sheetPart.Worksheet = new Worksheet(data, mergeCells);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Sheet1" }));
        }

        stream.Position = 0;
        return stream;
    }
}
