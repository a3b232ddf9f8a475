using Formwork.Diagnostics;

namespace Formwork.Stores;

/// <summary>The messages of the store contracts; their codes are stable.</summary>
public static class StoreMessages
{
    /// <summary><c>FW0101</c>: an optimistic-concurrency check failed.</summary>
    public static readonly MessageTemplate VersionConflict = new(
        "FW0101",
        "{entity} '{id}' was changed by someone else: expected version {expected}, found {actual}. Reload and try again.",
        "{entity}“{id}”已被他人修改：期望版本 {expected}，实际版本 {actual}。请刷新后重试。");

    /// <summary><c>FW0102</c>: a unique key is already taken.</summary>
    public static readonly MessageTemplate UniqueKeyTaken = new(
        "FW0102",
        "The value '{key}' must be unique in form '{form}' but record '{other}' already has it.",
        "值“{key}”在表单“{form}”中必须唯一，但记录“{other}”已使用该值。");

    /// <summary><c>FW0103</c>: an entity with the same id exists already.</summary>
    public static readonly MessageTemplate AlreadyExists = new(
        "FW0103",
        "{entity} '{id}' already exists.",
        "{entity}“{id}”已存在。");

    /// <summary><c>FW0104</c>: the entity does not exist.</summary>
    public static readonly MessageTemplate NotFound = new(
        "FW0104",
        "{entity} '{id}' does not exist.",
        "{entity}“{id}”不存在。");
}
