using System;
using System.Collections.Generic;
using Formwork.Forms;

namespace Formwork.Benchmarks.Forms;

/// <summary>The 30-field contract form with a subform the form benchmarks use, as JSON, as record data and as a typed class.</summary>
public static class ContractForm
{
    /// <summary>The definition.</summary>
    public const string Json = """
        {
          "id": "contract",
          "fields": [
            { "name": "contractNo", "type": "text", "required": true, "settings": { "maxLength": 30 } },
            { "name": "title", "type": "text", "required": true, "settings": { "maxLength": 100 } },
            { "name": "customer", "type": "text", "required": true, "settings": { "maxLength": 100 } },
            { "name": "customerCode", "type": "text", "settings": { "format": "creditCode" } },
            { "name": "contactName", "type": "text", "required": true, "settings": { "maxLength": 50 } },
            { "name": "contactPhone", "type": "phone", "required": true, "settings": { "format": "mobile" } },
            { "name": "contactEmail", "type": "email" },
            { "name": "contactId", "type": "idNumber" },
            { "name": "signDate", "type": "date", "required": true },
            { "name": "startDate", "type": "date", "required": true },
            { "name": "endDate", "type": "date", "required": true },
            { "name": "level", "type": "select", "settings": { "options": [ "A", "B", "C" ] } },
            { "name": "region", "type": "select", "settings": { "options": [ "east", "west", "north", "south" ] } },
            { "name": "currency", "type": "select", "required": true, "settings": { "options": [ "CNY", "USD" ] } },
            { "name": "paymentDays", "type": "number", "settings": { "min": 0, "max": 365, "scale": 0 } },
            { "name": "discount", "type": "percent", "settings": { "min": 0, "max": 1 } },
            { "name": "taxRate", "type": "percent", "settings": { "min": 0, "max": 1 } },
            { "name": "deposit", "type": "money", "settings": { "min": 0 } },
            { "name": "bankCard", "type": "text", "settings": { "format": "bankCard" } },
            { "name": "website", "type": "url" },
            { "name": "owner", "type": "user", "required": true },
            { "name": "department", "type": "department" },
            { "name": "notes", "type": "textarea", "settings": { "maxLength": 500 } },
            { "name": "priority", "type": "rating" },
            { "name": "urgent", "type": "boolean" },
            { "name": "lines", "type": "subform", "settings": { "minRows": 1, "maxRows": 50 }, "fields": [
              { "name": "product", "type": "text", "required": true, "settings": { "maxLength": 50 } },
              { "name": "quantity", "type": "number", "required": true, "settings": { "min": 1 } },
              { "name": "price", "type": "money", "required": true, "settings": { "min": 0 } },
              { "name": "amount", "type": "money", "formula": "quantity * price" }
            ] },
            { "name": "subtotal", "type": "computed", "formula": "SUM(lines.amount)", "settings": { "resultKind": "number", "scale": 2 } },
            { "name": "tax", "type": "computed", "formula": "subtotal * taxRate", "settings": { "resultKind": "number", "scale": 2 } },
            { "name": "total", "type": "computed", "formula": "subtotal * (1 - discount) + tax", "settings": { "resultKind": "number", "scale": 2 } },
            { "name": "bigDeal", "type": "computed", "formula": "total > 100000" }
          ],
          "rules": [ { "name": "dates", "condition": "endDate >= startDate", "message": "The end date must not be before the start date.", "field": "endDate" } ]
        }
        """;

    /// <summary>Creates a valid submission with 10 lines.</summary>
    /// <returns>The data.</returns>
    public static RecordData Data()
    {
        var lines = new List<RecordData>();
        for (var i = 0; i < 10; i++)
        {
            lines.Add(new RecordData().Set("product", "产品" + i).Set("quantity", i + 1).Set("price", 99.5m + i));
        }

        return new RecordData()
            .Set("contractNo", "HT-2024-0001").Set("title", "年度采购合同").Set("customer", "杭州云杉科技有限公司").Set("customerCode", "91350100M000100Y43")
            .Set("contactName", "张三").Set("contactPhone", "13812341234").Set("contactEmail", "zhang@example.cn").Set("contactId", "11010519491231002X")
            .Set("signDate", new DateOnly(2024, 3, 1)).Set("startDate", new DateOnly(2024, 3, 1)).Set("endDate", new DateOnly(2025, 2, 28))
            .Set("level", "A").Set("region", "east").Set("currency", "CNY").Set("paymentDays", 30).Set("discount", 0.05m).Set("taxRate", 0.13m)
            .Set("deposit", 1000m).Set("bankCard", "4111111111111111").Set("website", "https://example.cn").Set("owner", "u1").Set("department", "d1")
            .Set("notes", "按季度交付").Set("priority", 4).Set("urgent", true).Set("lines", Value.FromTable(lines));
    }

    /// <summary>Creates the same submission as a typed class.</summary>
    /// <returns>The contract.</returns>
    public static Contract Typed()
    {
        var contract = new Contract
        {
            ContractNo = "HT-2024-0001", Title = "年度采购合同", Customer = "杭州云杉科技有限公司", CustomerCode = "91350100M000100Y43",
            ContactName = "张三", ContactPhone = "13812341234", ContactEmail = "zhang@example.cn", ContactId = "11010519491231002X",
            SignDate = new DateOnly(2024, 3, 1), StartDate = new DateOnly(2024, 3, 1), EndDate = new DateOnly(2025, 2, 28),
            Level = "A", Region = "east", Currency = "CNY", PaymentDays = 30, Discount = 0.05m, TaxRate = 0.13m, Deposit = 1000m,
            BankCard = "4111111111111111", Website = "https://example.cn", Owner = "u1", Department = "d1", Notes = "按季度交付", Priority = 4, Urgent = true,
        };
        for (var i = 0; i < 10; i++)
        {
            contract.Lines.Add(new ContractLine { Product = "产品" + i, Quantity = i + 1, Price = 99.5m + i });
        }

        return contract;
    }
}
