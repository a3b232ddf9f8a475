using System;

namespace Formwork.Rules;

/// <summary>An event about a fact of working memory: inserted, updated, retracted.</summary>
public sealed class FactEventArgs : EventArgs
{
    internal FactEventArgs(object fact)
    {
        Fact = fact;
    }

    /// <summary>Gets the fact.</summary>
    public object Fact { get; }
}
