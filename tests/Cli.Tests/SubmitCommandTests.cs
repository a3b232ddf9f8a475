using System;
using System.IO;

namespace Formwork.Cli.Tests;

public sealed class SubmitCommandTests : IDisposable
{
    private const string Form = """
        {
          "id": "order",
          "fields": [
            { "name": "customer", "type": "text", "label": "客户", "required": true },
            { "name": "owner", "type": "user", "default": { "source": "currentUser" } },
            { "name": "lines", "type": "subform", "fields": [
              { "name": "qty", "type": "number" }, { "name": "price", "type": "money" }, { "name": "amount", "type": "money", "formula": "qty * price" } ] },
            { "name": "total", "type": "computed", "formula": "SUM(lines.amount)", "settings": { "resultKind": "number" } }
          ],
          "permissions": [ { "name": "clerk", "fields": { "customer": "readOnly" } } ]
        }
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("formwork-submit-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Run_ValidRecord_PrintsComputedRecordAndExits0()
    {
        var form = Write(Form);

        var (code, output, error) = CliHarness.Run("submit", "--form", form, "--data", """{"customer":" 甲公司 ","lines":[{"qty":"2","price":"1,000"}]}""", "--actor", """{"userId":"u7"}""");

        Assert.Equal(string.Empty, error);
        Assert.Equal(0, code);
        var expected = """
            {
              "customer": "甲公司",
              "owner": "u7",
              "lines": [
                {
                  "qty": 2,
                  "price": 1000,
                  "amount": 2000.00
                }
              ],
              "total": 2000.00
            }
            """;
        Assert.Equal(expected.ReplaceLineEndings(), output.Trim().ReplaceLineEndings());
    }

    [Fact]
    public void Run_InvalidRecord_PrintsErrorsAsJsonAndExits2()
    {
        var form = Write(Form);
        var data = Write("""{"lines":[{"qty":"x"}]}""");

        var (code, output, _) = CliHarness.Run("submit", "--form", form, "--data", data);

        Assert.Equal(2, code);
        Assert.Contains("\"path\": \"customer\"", output, StringComparison.Ordinal);
        Assert.Contains("\"message\": \"客户 is required.\"", output, StringComparison.Ordinal);
        Assert.Contains("\"path\": \"lines[0].qty\"", output, StringComparison.Ordinal);
        Assert.Contains("\"code\": \"FWF1020\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ProfileRefusesWrite_ReportsNotEditable()
    {
        var form = Write(Form);

        var (code, output, _) = CliHarness.Run("submit", "--form", form, "--data", """{"customer":"乙"}""", "--profile", "clerk");

        Assert.Equal(2, code);
        Assert.Contains("\"messageChinese\": \"您无权修改客户。\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MissingOptions_IsUsageError()
    {
        var (code, _, error) = CliHarness.Run("submit", "--data", "{}");

        Assert.Equal(1, code);
        Assert.Contains("Missing --form", error, StringComparison.Ordinal);
    }

    private string Write(string json)
    {
        var path = Path.Combine(_directory, Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, json);
        return path;
    }
}
