using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Formwork.Identity;
using Formwork.Notifications;
using Formwork.Stores;

namespace Formwork.Scenarios.Tests.Hosting;

/// <summary>
/// How a host drains Formwork's outbox (docs/host-integration.md): read a batch of pending messages, deliver each one
/// — notifications to the IM channel they name, everything else (workflow events, rule events, form events) to the
/// host's own handler — and mark delivered only what went out. A failed delivery stays pending and is retried on the
/// next drain, so delivery is at least once: receivers deduplicate by <see cref="OutboxMessage.Id"/>.
/// </summary>
public sealed class OutboxDispatcher(IOutbox outbox, IOrganizationDirectory directory, HttpClient http, IReadOnlyDictionary<string, Uri> webhooks)
{
    /// <summary>Events that are not notifications (workflow, rules, forms) go here: the host's ERP sync, status push, ...</summary>
    public Func<OutboxMessage, CancellationToken, Task> OnEvent { get; init; } = (_, _) => Task.CompletedTask;

    /// <summary>Delivers up to <paramref name="batchSize"/> pending messages; returns how many were delivered.</summary>
    public async Task<int> DrainAsync(int batchSize = 100, CancellationToken cancellationToken = default)
    {
        var delivered = new List<Guid>();
        foreach (var message in await outbox.ReadPendingAsync(batchSize, cancellationToken).ConfigureAwait(false))
        {
            try
            {
                if (message.Type == OutboxNotificationSender.MessageType)
                {
                    await SendNotificationAsync(JsonNode.Parse(message.Payload)!, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await OnEvent(message, cancellationToken).ConfigureAwait(false);
                }

                delivered.Add(message.Id);
            }
            catch (HttpRequestException)
            {
                // Left pending: the next drain retries it.
            }
        }

        await outbox.MarkDeliveredAsync(delivered, cancellationToken).ConfigureAwait(false);
        return delivered.Count;
    }

    private async Task SendNotificationAsync(JsonNode notification, CancellationToken cancellationToken)
    {
        var channel = notification["channel"]!.GetValue<string>();
        var template = notification["template"]!.GetValue<string>();
        var data = notification["data"]?.AsObject() ?? [];
        var mobiles = new List<string>();
        foreach (var recipient in notification["recipients"]!.AsArray().Select(r => r!.GetValue<string>()))
        {
            if (await directory.FindUserAsync(recipient, cancellationToken).ConfigureAwait(false) is { Mobile: { } mobile })
            {
                mobiles.Add(mobile);
            }
        }

        // A real host renders its own template texts; this one lists the template's data.
        var text = $"**{template}**\n" + string.Join("\n", data.Select(p => $"- {p.Key}: {p.Value}"));
        var body = channel switch
        {
            // DingTalk custom robot: markdown with @mobiles.
            "im" or "dingtalk" => new JsonObject
            {
                ["msgtype"] = "markdown",
                ["markdown"] = new JsonObject { ["title"] = template, ["text"] = text + "\n" + string.Concat(mobiles.Select(m => " @" + m)) },
                ["at"] = new JsonObject { ["atMobiles"] = new JsonArray(mobiles.Select(m => (JsonNode)m).ToArray()) },
            },
            // WeCom group robot: markdown content; mentions by mobile use the text type's mentioned_mobile_list.
            "wecom" => new JsonObject
            {
                ["msgtype"] = "text",
                ["text"] = new JsonObject { ["content"] = text, ["mentioned_mobile_list"] = new JsonArray(mobiles.Select(m => (JsonNode)m).ToArray()) },
            },
            // SMS gateway: one message per mobile.
            _ => new JsonObject { ["mobiles"] = new JsonArray(mobiles.Select(m => (JsonNode)m).ToArray()), ["text"] = text },
        };
        var webhook = webhooks.TryGetValue(channel, out var uri) ? uri : webhooks["default"];
        using var content = new StringContent(body.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(webhook, content, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }
}
