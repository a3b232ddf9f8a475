using System;
using System.Threading.Tasks;
using Formwork.Forms;
using Formwork.Identity;

namespace Formwork.Workflow.Internal;

/// <summary>Read-only views: who the viewer is to the instance decides the permission profile their view uses.</summary>
internal sealed partial class Session
{
    /// <summary>
    /// Finds the viewer's relation to the instance, strongest first: an assignee of an open task (that node's profile),
    /// an approver who decided a task (the node of their latest decision), the submitter (the start node's profile), a CC
    /// recipient or an assignee whose task was cancelled (that node), a member of a role in the definition's viewer roles
    /// (that role's profile), a member of the admin role (the definition's view profile). A node without a profile falls back
    /// to the definition's view profile; <see langword="null"/> means every field is shown.
    /// </summary>
    public async ValueTask<(bool Allowed, PermissionProfile? Profile)> FindViewerAsync(Actor actor, string adminRole)
    {
        ApprovalTask? open = null, decided = null, other = null;
        foreach (var t in Instance.TaskList)
        {
            if (t.AssigneeId != actor.UserId)
            {
                continue;
            }

            if (t.IsOpen)
            {
                open = t;
            }
            else if (t.Status is ApprovalTaskStatus.CarbonCopied or ApprovalTaskStatus.Cancelled)
            {
                other = t;
            }
            else
            {
                decided = t;
            }
        }

        if ((open ?? decided) is { } task)
        {
            return (true, NodeViewProfile(task.NodeId));
        }

        if (actor.UserId == Instance.SubmitterId)
        {
            return (true, Workflow.Start.Profile ?? Workflow.ViewProfile);
        }

        if (other is not null)
        {
            return (true, NodeViewProfile(other.NodeId));
        }

        DirectoryUser? user = null;
        var looked = false;
        foreach (var (role, profile) in Workflow.ViewerProfiles)
        {
            if (actor.IsInRole(role) || HasRole(looked ? user : user = await LookUpAsync(actor).ConfigureAwait(false), role))
            {
                return (true, profile);
            }

            looked = true;
        }

        if (actor.IsInRole(adminRole) || HasRole(looked ? user : await LookUpAsync(actor).ConfigureAwait(false), adminRole))
        {
            return (true, Workflow.ViewProfile);
        }

        return (false, null);
    }

    private PermissionProfile? NodeViewProfile(string nodeId) =>
        Workflow.TryGetNode(nodeId, out var node) && node.Profile is { } profile ? profile : Workflow.ViewProfile;

    private ValueTask<DirectoryUser?> LookUpAsync(Actor actor) => Directory.FindUserAsync(actor.UserId, CancellationToken);

    private static bool HasRole(DirectoryUser? user, string role)
    {
        if (user is not { IsActive: true })
        {
            return false;
        }

        foreach (var r in user.Roles)
        {
            if (string.Equals(r, role, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
