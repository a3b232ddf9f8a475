using System.Threading;
using System.Threading.Tasks;

namespace Formwork.Workflow;

/// <summary>A host action an automation node calls (create a record, call an ERP). Register implementations in DI or pass them to the <see cref="WorkflowEngine"/>.</summary>
public interface IWorkflowAutomation
{
    /// <summary>Gets the name automation nodes use in their <see cref="WorkflowNode.Action"/>.</summary>
    string Name { get; }

    /// <summary>Runs the action. Throwing fails the action that reached the node, and nothing is saved.</summary>
    /// <param name="context">The instance, node and data.</param>
    /// <param name="cancellationToken">The cancellation token.</param>
    /// <returns>A task.</returns>
    ValueTask ExecuteAsync(WorkflowAutomationContext context, CancellationToken cancellationToken);
}
