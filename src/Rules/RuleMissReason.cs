namespace Formwork.Rules;

/// <summary>Why a rule did not fire for a fact.</summary>
public enum RuleMissReason
{
    /// <summary>A condition over the fact alone was false.</summary>
    ConditionFalse,

    /// <summary>No combination with other facts satisfied a join (or an earlier pattern had no match).</summary>
    NoJoinMatch,

    /// <summary>A fact that must not exist (<c>Not</c>) exists.</summary>
    BlockedByNot,

    /// <summary>No fact satisfied an <c>Exists</c>.</summary>
    NothingExists,

    /// <summary>A condition over bound values (<c>Having</c>) was false.</summary>
    FilterFalse,

    /// <summary>The rule matched but an agenda filter kept it from firing.</summary>
    Filtered,
}
