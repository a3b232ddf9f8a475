namespace Formwork.Forms;

/// <summary>What an import does when some rows are invalid.</summary>
public enum ImportMode
{
    /// <summary>Write nothing unless every row is valid; the store stays exactly as it was (one atomic batch).</summary>
    AllOrNothing,

    /// <summary>Write the valid rows and report the invalid ones.</summary>
    ValidRowsOnly,
}
