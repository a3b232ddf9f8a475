namespace Formwork.Forms;

/// <summary>
/// Which records an actor reaches (数据权限): a form permission profile's records (queries through
/// <see cref="FormEngine.QueryAsync"/> with a viewer return only these, and an update of another record is refused), and
/// the rows a report shows an actor (Formwork.Reporting's scope policy). Own and department records are told by the
/// record's owner and department.
/// </summary>
public enum RecordScope
{
    /// <summary>Every record of the form (the default).</summary>
    All,

    /// <summary>Only records the actor owns (<see cref="Stores.StoredRecord.OwnerId"/>: who submitted them, unless the host reassigned them).</summary>
    Own,

    /// <summary>Records of the actor's departments (<see cref="Stores.StoredRecord.DepartmentId"/>), and the actor's own.</summary>
    Department,
}
