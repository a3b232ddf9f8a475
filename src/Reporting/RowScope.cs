namespace Formwork.Reporting;

/// <summary>Which records an actor's report sees; applied before aggregation.</summary>
public enum RowScope
{
    /// <summary>Only records the actor owns.</summary>
    Own,

    /// <summary>Records owned by anyone in one of the actor's departments.</summary>
    Department,

    /// <summary>Every record.</summary>
    All,
}
