using System;
using System.Globalization;
using System.Linq;

namespace Formwork.Workflow.StateMachines.Internal;

/// <summary>What both diagram writers share: state names and transition labels.</summary>
internal static class DiagramText
{
    public static string Name(object? state) => Convert.ToString(state, CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Label(TransitionInfo transition)
    {
        var label = Name(transition.Trigger);
        if (transition.ParameterTypes.Count > 0)
        {
            label += "(" + string.Join(", ", transition.ParameterTypes.Select(t => t.Name)) + ")";
        }

        if (transition.GuardDescriptions.Count > 0)
        {
            label += " [" + string.Join(" and ", transition.GuardDescriptions) + "]";
        }

        return transition.Kind switch
        {
            TransitionKind.Internal => label + " / " + transition.Description + " (internal)",
            TransitionKind.Dynamic => label + " / " + transition.Description,
            _ => label,
        };
    }
}
