namespace Formwork.Forms;

/// <summary>What a permission profile lets an actor do with a field.</summary>
public enum FieldAccess
{
    /// <summary>The actor sees and may change the field.</summary>
    Editable,

    /// <summary>The actor sees the field but may not change it.</summary>
    ReadOnly,

    /// <summary>The actor neither sees nor changes the field.</summary>
    Hidden,

    /// <summary>The actor must fill the field in (and so may change it).</summary>
    Required,

    /// <summary>The actor sees a masked value (<c>138****1234</c>) and may not change it.</summary>
    Masked,
}
