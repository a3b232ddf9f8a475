namespace Formwork.Stores;

/// <summary>What a <see cref="RecordWrite"/> does.</summary>
public enum RecordWriteKind
{
    /// <summary>Adds a new record.</summary>
    Insert,

    /// <summary>Replaces a record at an expected version.</summary>
    Update,

    /// <summary>Removes a record at an expected version.</summary>
    Delete,
}
