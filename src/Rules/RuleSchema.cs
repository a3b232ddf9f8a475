using System;
using System.Collections.Generic;
using Formwork.Expressions;
using Formwork.Forms;

namespace Formwork.Rules;

/// <summary>
/// The forms JSON rules and decision tables may use, each with the fields its formulas may read (a
/// <see cref="FormulaScope"/>), so that a rule naming an unknown form or field is refused when it is loaded.
/// </summary>
public sealed class RuleSchema
{
    private readonly Dictionary<string, FormulaScope> _forms = new(StringComparer.Ordinal);

    /// <summary>Gets the form names.</summary>
    public IReadOnlyCollection<string> Forms => _forms.Keys;

    /// <summary>Adds (or replaces) a form.</summary>
    /// <param name="name">The form name.</param>
    /// <param name="fields">The form's fields as a formula scope.</param>
    /// <returns>This schema.</returns>
    public RuleSchema AddForm(string name, FormulaScope fields)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(fields);
        _forms[name] = fields;
        return this;
    }

    /// <summary>Adds (or replaces) a compiled form: its id is the form name, its fields (with subforms) the formula scope.</summary>
    /// <param name="form">The compiled form.</param>
    /// <returns>This schema.</returns>
    public RuleSchema AddForm(CompiledForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return AddForm(form.Id, form.CreateFormulaScope());
    }

    /// <summary>Finds a form's fields.</summary>
    /// <param name="name">The form name.</param>
    /// <param name="fields">The fields, when found.</param>
    /// <returns><see langword="true"/> when the form exists.</returns>
    public bool TryGetForm(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FormulaScope? fields) => _forms.TryGetValue(name, out fields);
}
