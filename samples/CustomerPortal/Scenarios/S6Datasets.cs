using Formwork;
using Formwork.Reporting;

namespace CustomerPortal.Scenarios;

/// <summary>
/// The two datasets the S6 reports run over, as a host declares them: the customers (one row per customer record)
/// and the sales pipeline (one row per lead, with the customer's channel and place, the funnel stage reached and, for a
/// signed lead, the contract amount and signing day).
/// </summary>
public static class S6Datasets
{
    /// <summary>The form id of the customer records in the record store.</summary>
    public const string CustomerFormId = "customer";

    /// <summary>The form id of the lead records in the record store.</summary>
    public const string LeadFormId = "lead";

    /// <summary>One row per customer.</summary>
    public static ReportDataset Customers { get; } = new("customers", [
        new DatasetColumn("customer", ValueKind.Text, label: "客户编号 Customer id"),
        new DatasetColumn("name", ValueKind.Text, label: "客户 Customer"),
        new DatasetColumn("contact", ValueKind.Text, label: "联系人 Contact"),
        new DatasetColumn("channel", ValueKind.Text, label: "渠道 Channel"),
        new DatasetColumn("region", ValueKind.Text, label: "区域 Region"),
        new DatasetColumn("rep", ValueKind.Text, label: "销售 Rep"),
        new DatasetColumn("area", ValueKind.List, levels: ["province", "city"], label: "地区 Area"),
        new DatasetColumn("industry", ValueKind.Text, label: "行业 Industry"),
        new DatasetColumn("level", ValueKind.Text, label: "等级 Level"),
        new DatasetColumn("createdOn", ValueKind.Date, label: "建档日期 Created on"),
    ]);

    /// <summary>One row per lead of the pipeline.</summary>
    public static ReportDataset Pipeline { get; } = new("pipeline", [
        new DatasetColumn("lead", ValueKind.Text, label: "线索 Lead"),
        new DatasetColumn("customer", ValueKind.Text, label: "客户编号 Customer id"),
        new DatasetColumn("customerName", ValueKind.Text, label: "客户 Customer"),
        new DatasetColumn("channel", ValueKind.Text, label: "渠道 Channel"),
        new DatasetColumn("region", ValueKind.Text, label: "区域 Region"),
        new DatasetColumn("team", ValueKind.Text, label: "团队 Team"),
        new DatasetColumn("rep", ValueKind.Text, label: "销售 Rep"),
        new DatasetColumn("area", ValueKind.List, levels: ["province", "city"], label: "地区 Area"),
        new DatasetColumn("createdOn", ValueKind.Date, label: "线索日期 Lead date"),
        new DatasetColumn("customerSince", ValueKind.Date, label: "客户建档 Customer since"),
        new DatasetColumn("stage", ValueKind.Text, label: "阶段 Stage"),
        new DatasetColumn("contract", ValueKind.Text, label: "合同 Contract"),
        new DatasetColumn("amount", ValueKind.Number, label: "合同金额 Amount"),
        new DatasetColumn("signedOn", ValueKind.Date, label: "签约日期 Signed on"),
    ]);
}
