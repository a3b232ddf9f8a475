using System;
using System.Collections.Generic;

namespace CustomerPortal.Data;

/// <summary>The after-sales part of the dataset (S2): devices installed at seeded customers and the day's tickets.</summary>
public sealed partial class SeedData
{
    private static readonly string[] Models = ["VS-T100 终端 Terminal", "VS-T200 终端 Terminal", "VS-K8 自助机 Kiosk", "VS-P3 打印机 Printer", "VS-G1 网关 Gateway"];
    private static readonly string[] Works = ["例行保养 Routine service", "更换电源 Power unit replaced", "固件升级 Firmware update", "更换屏幕 Screen replaced", "网络调试 Network tuning"];
    private static readonly string[] Engineers = ["eng-hw-lead", "eng-hw-ben", "eng-sw-lead", "eng-sw-iris"];
    private static readonly (string Fault, string Text)[] Faults =
    [
        ("hardware", "屏幕花屏，触摸无反应 Screen flickers, touch does not respond"),
        ("hardware", "出纸口卡纸 Paper jams at the outlet"),
        ("power", "无法开机，电源灯不亮 Will not power on, no LED"),
        ("software", "系统启动后报错 Error after start-up"),
        ("software", "收银软件闪退 The till app crashes"),
        ("network", "频繁掉线 The connection keeps dropping"),
    ];

    private IReadOnlyList<SeedDevice>? devices;
    private IReadOnlyList<SeedTicket>? tickets;

    /// <summary>The installed devices (400), serials <c>SN-yyyy-nnnnn</c>, made on first use.</summary>
    public IReadOnlyList<SeedDevice> Devices => devices ??= CreateDevices(new SeedRandom(Seed, "devices"), 400);

    /// <summary>The tickets submitted on the tour's day (150), ids <c>GD-0001</c> upwards, made on first use.</summary>
    public IReadOnlyList<SeedTicket> Tickets => tickets ??= CreateTickets(new SeedRandom(Seed, "tickets"), 150);

    private List<SeedDevice> CreateDevices(SeedRandom random, int count)
    {
        var result = new List<SeedDevice>(count);
        for (var i = 1; i <= count; i++)
        {
            var installed = FirstDay.AddDays(-random.Next(0, 700));
            var history = new List<SeedService>();
            var visits = random.Next(0, 5);
            var day = installed;
            for (var v = 0; v < visits; v++)
            {
                day = day.AddDays(random.Next(30, 150));
                if (day > LastDay)
                {
                    break;
                }

                history.Add(new SeedService(day, Works[random.Next(Works.Length)], Engineers[random.Next(Engineers.Length)]));
            }

            result.Add(new SeedDevice
            {
                Serial = $"SN-{installed.Year}-{i:00000}",
                Model = Models[random.Next(Models.Length)],
                Customer = random.Pick(Customers),
                InstalledOn = installed,
                History = history,
            });
        }

        return result;
    }

    private List<SeedTicket> CreateTickets(SeedRandom random, int count)
    {
        var result = new List<SeedTicket>(count);
        for (var i = 1; i <= count; i++)
        {
            var (fault, text) = Faults[random.Next(Faults.Length)];
            result.Add(new SeedTicket
            {
                Id = $"GD-{i:0000}",
                Serial = random.Pick(Devices).Serial,
                FaultType = fault,
                Urgency = random.WeightedIndex([25, 50, 25]) switch { 0 => "high", 1 => "medium", _ => "low" },
                Description = text,
                Photos = random.Next(0, 4),
                Handled = random.Next(100) < 80,
            });
        }

        return result;
    }
}
