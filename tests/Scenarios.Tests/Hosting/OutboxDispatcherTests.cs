using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Formwork.Identity;
using Formwork.Notifications;
using Formwork.Stores;

namespace Formwork.Scenarios.Tests.Hosting;

public sealed class OutboxDispatcherTests : IDisposable
{
    private static readonly Uri DingTalk = new("https://oapi.dingtalk.example/robot/send?access_token=t");
    private static readonly Uri Sms = new("https://sms.example/send");
    private readonly InMemoryOutbox outbox = new();
    private readonly RecordingHandler handler = new();
    private readonly HttpClient http;
    private readonly InMemoryOrganizationDirectory directory = new InMemoryOrganizationDirectory()
        .AddUser(new DirectoryUser { Id = "ceo", Name = "陈建国", Mobile = "13900000001" })
        .AddUser(new DirectoryUser { Id = "rep", Name = "李娜", Mobile = "13812340001" });

    public OutboxDispatcherTests() => http = new HttpClient(handler);

    public void Dispose() => http.Dispose();

    [Fact]
    public async Task Drain_Notifications_PostsDingTalkMarkdownWithMentionsAndMarksThemDelivered()
    {
        var sender = new OutboxNotificationSender(outbox, TimeProvider.System);
        await sender.SendAsync(new Notification { Channel = "im", Recipients = ["ceo"], Template = "contract.vip", Data = new RecordData().Set("customer", "上海示例科技").Freeze() });
        var events = new List<string>();
        await outbox.EnqueueAsync([new OutboxMessage { Id = Guid.NewGuid(), Type = "workflow.instance.completed", Payload = "{}" }]);
        var dispatcher = new OutboxDispatcher(outbox, directory, http, new Dictionary<string, Uri> { ["im"] = DingTalk, ["default"] = Sms })
        {
            OnEvent = (m, _) => { events.Add(m.Type); return Task.CompletedTask; },
        };

        var delivered = await dispatcher.DrainAsync();

        Assert.Equal(2, delivered);
        Assert.Empty(await outbox.ReadPendingAsync(10));
        Assert.Equal(["workflow.instance.completed"], events);
        var (uri, body) = Assert.Single(handler.Requests);
        Assert.Equal(DingTalk, uri);
        Assert.Contains("\"msgtype\":\"markdown\"", body, StringComparison.Ordinal);
        Assert.Contains("\"atMobiles\":[\"13900000001\"]", body, StringComparison.Ordinal);
        Assert.Contains("customer: 上海示例科技", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drain_GatewayDown_LeavesTheMessagePendingForTheNextDrain()
    {
        var sender = new OutboxNotificationSender(outbox, TimeProvider.System);
        await sender.SendAsync(new Notification { Channel = "sms", Recipients = ["rep"], Template = "加急处理中" });
        var dispatcher = new OutboxDispatcher(outbox, directory, http, new Dictionary<string, Uri> { ["default"] = Sms });
        handler.Fail = true;

        Assert.Equal(0, await dispatcher.DrainAsync());
        Assert.Single(await outbox.ReadPendingAsync(10));

        handler.Fail = false;
        Assert.Equal(1, await dispatcher.DrainAsync());
        Assert.Contains("\"mobiles\":[\"13812340001\"]", handler.Requests.Last().Body, StringComparison.Ordinal);
    }

    private sealed class RecordingHandler : HttpMessageHandler
    {
        public List<(Uri Uri, string Body)> Requests { get; } = [];

        public bool Fail { get; set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (Fail)
            {
                return new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
            }

            Requests.Add((request.RequestUri!, await request.Content!.ReadAsStringAsync(cancellationToken)));
            return new HttpResponseMessage(HttpStatusCode.OK);
        }
    }
}
