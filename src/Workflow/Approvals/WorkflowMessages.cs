using Formwork.Diagnostics;

namespace Formwork.Workflow;

/// <summary>The diagnostics of the approval engine (codes <c>FWA</c>): definition loading and checking (<c>FWA00xx</c>) and actions on instances (<c>FWA01xx</c>), in English and Simplified Chinese.</summary>
public static class WorkflowMessages
{
    /// <summary>FWA0001: The workflow definition is not valid JSON: {error}</summary>
    public static readonly MessageTemplate InvalidJson = new("FWA0001", "The workflow definition is not valid JSON: {error}", "流程定义不是有效的 JSON：{error}");

    /// <summary>FWA0002: Expected {expected} here, found {actual}.</summary>
    public static readonly MessageTemplate WrongJsonType = new("FWA0002", "Expected {expected} here, found {actual}.", "此处应为{expected}，实际为{actual}。");

    /// <summary>FWA0003: Unknown property '{name}'.</summary>
    public static readonly MessageTemplate UnknownProperty = new("FWA0003", "Unknown property '{name}'.", "未知属性“{name}”。");

    /// <summary>FWA0004: The property '{name}' is required.</summary>
    public static readonly MessageTemplate MissingProperty = new("FWA0004", "The property '{name}' is required.", "缺少必填属性“{name}”。");

    /// <summary>FWA0005: '{value}' is not a valid {what}; use one of: {allowed}.</summary>
    public static readonly MessageTemplate InvalidEnumValue = new("FWA0005", "'{value}' is not a valid {what}; use one of: {allowed}.", "“{value}”不是有效的{what}，可选值：{allowed}。");

    /// <summary>FWA0006: The node id '{id}' is used more than once.</summary>
    public static readonly MessageTemplate DuplicateNodeId = new("FWA0006", "The node id '{id}' is used more than once.", "节点 ID“{id}”重复。");

    /// <summary>FWA0007: The id must not be empty.</summary>
    public static readonly MessageTemplate EmptyId = new("FWA0007", "The id must not be empty.", "ID 不能为空。");

    /// <summary>FWA0008: '{value}' is not a positive ISO 8601 duration such as PT4H or P2D.</summary>
    public static readonly MessageTemplate InvalidDuration = new("FWA0008", "'{value}' is not a positive ISO 8601 duration such as PT4H or P2D.", "“{value}”不是有效的正时长（ISO 8601，例如 PT4H、P2D）。");

    /// <summary>FWA0009: The version must be 1 or more, found {version}.</summary>
    public static readonly MessageTemplate InvalidVersion = new("FWA0009", "The version must be 1 or more, found {version}.", "版本号必须大于等于 1，实际为 {version}。");

    /// <summary>FWA0010: A workflow needs exactly one start node, found {count}.</summary>
    public static readonly MessageTemplate StartNodeCount = new("FWA0010", "A workflow needs exactly one start node, found {count}.", "流程必须有且只有一个发起节点，实际有 {count} 个。");

    /// <summary>FWA0011: A workflow needs at least one end node.</summary>
    public static readonly MessageTemplate NoEndNode = new("FWA0011", "A workflow needs at least one end node.", "流程至少需要一个结束节点。");

    /// <summary>FWA0012: The node '{target}' does not exist.</summary>
    public static readonly MessageTemplate UnknownNode = new("FWA0012", "The node '{target}' does not exist.", "节点“{target}”不存在。");

    /// <summary>FWA0013: The node '{node}' can never be reached from the start node.</summary>
    public static readonly MessageTemplate UnreachableNode = new("FWA0013", "The node '{node}' can never be reached from the start node.", "节点“{node}”从发起节点永远无法到达。");

    /// <summary>FWA0014: The node '{node}' never leads to an end node.</summary>
    public static readonly MessageTemplate DeadEnd = new("FWA0014", "The node '{node}' never leads to an end node.", "节点“{node}”无法到达任何结束节点。");

    /// <summary>FWA0015: The {kind} node '{node}' needs a next node.</summary>
    public static readonly MessageTemplate MissingNext = new("FWA0015", "The {kind} node '{node}' needs a next node.", "{kind}节点“{node}”缺少下一个节点（next）。");

    /// <summary>FWA0016: The condition node '{node}' has no default branch (a branch without a condition).</summary>
    public static readonly MessageTemplate BranchWithoutDefault = new("FWA0016", "The condition node '{node}' has no default branch (a branch without a condition).", "条件节点“{node}”缺少默认分支（没有条件的分支）。");

    /// <summary>FWA0017: The condition node '{node}' has more than one default branch.</summary>
    public static readonly MessageTemplate MultipleDefaults = new("FWA0017", "The condition node '{node}' has more than one default branch.", "条件节点“{node}”有多个默认分支。");

    /// <summary>FWA0018: The join node '{node}' does not name a fork node ('{fork}').</summary>
    public static readonly MessageTemplate JoinWithoutFork = new("FWA0018", "The join node '{node}' does not name a fork node ('{fork}').", "汇聚节点“{node}”没有指向一个并行分支节点（“{fork}”）。");

    /// <summary>FWA0019: The fork node '{node}' needs exactly one join node closing it, found {count}.</summary>
    public static readonly MessageTemplate ForkWithoutJoin = new("FWA0019", "The fork node '{node}' needs exactly one join node closing it, found {count}.", "并行分支节点“{node}”必须有且只有一个对应的汇聚节点，实际有 {count} 个。");

    /// <summary>FWA0020: The fork node '{node}' needs at least two targets.</summary>
    public static readonly MessageTemplate ForkTargets = new("FWA0020", "The fork node '{node}' needs at least two targets.", "并行分支节点“{node}”至少需要两个分支。");

    /// <summary>FWA0021: {message}</summary>
    public static readonly MessageTemplate FormulaError = new("FWA0021", "{message}", "{messageChinese}");

    /// <summary>FWA0022: The condition of this branch returns {kind}, not a boolean.</summary>
    public static readonly MessageTemplate ConditionNotBoolean = new("FWA0022", "The condition of this branch returns {kind}, not a boolean.", "该分支的条件返回{kind}，而不是布尔值。");

    /// <summary>FWA0023: The {kind} node '{node}' has no approver rules.</summary>
    public static readonly MessageTemplate NoApproverRules = new("FWA0023", "The {kind} node '{node}' has no approver rules.", "{kind}节点“{node}”没有设置审批人规则。");

    /// <summary>FWA0024: This approver rule can never find anyone: {reason}.</summary>
    public static readonly MessageTemplate RuleNeverResolves = new("FWA0024", "This approver rule can never find anyone: {reason}.", "该审批人规则永远找不到任何人：{reasonChinese}。");

    /// <summary>FWA0025: The field '{field}' is not a field of the form.</summary>
    public static readonly MessageTemplate UnknownField = new("FWA0025", "The field '{field}' is not a field of the form.", "字段“{field}”不是表单中的字段。");

    /// <summary>FWA0026: The form has no permission profile named '{profile}'.</summary>
    public static readonly MessageTemplate UnknownPermissionProfile = new("FWA0026", "The form has no permission profile named '{profile}'.", "表单中没有名为“{profile}”的字段权限配置。");

    /// <summary>FWA0027: Routing empty approver sets to the administrator needs an adminUserId.</summary>
    public static readonly MessageTemplate AdminRequired = new("FWA0027", "Routing empty approver sets to the administrator needs an adminUserId.", "无审批人时转交管理员需要设置 adminUserId。");

    /// <summary>FWA0028: A vote node needs exactly one threshold: a count of 1 or more, or a percentage from 1 to 100.</summary>
    public static readonly MessageTemplate VoteThreshold = new("FWA0028", "A vote node needs exactly one threshold: a count of 1 or more, or a percentage from 1 to 100.", "票签节点需要且只能设置一个通过阈值：大于等于 1 的人数，或 1 到 100 的百分比。");

    /// <summary>FWA0029: The automation node '{node}' needs an action name.</summary>
    public static readonly MessageTemplate AutomationWithoutAction = new("FWA0029", "The automation node '{node}' needs an action name.", "自动化节点“{node}”缺少动作名称（action）。");

    /// <summary>FWA0030: The timeout is incomplete: {reason}.</summary>
    public static readonly MessageTemplate InvalidTimeout = new("FWA0030", "The timeout is incomplete: {reason}.", "超时设置不完整：{reasonChinese}。");

    /// <summary>FWA0031: A rejection can only go back to the start node or an approval or handler node, not '{target}'.</summary>
    public static readonly MessageTemplate InvalidRejectTarget = new("FWA0031", "A rejection can only go back to the start node or an approval or handler node, not '{target}'.", "驳回只能退回到发起节点、审批节点或办理节点，不能退回到“{target}”。");

    /// <summary>FWA0032: The node '{node}' is part of a loop; use rejectTo or the return action to go back instead.</summary>
    public static readonly MessageTemplate Cycle = new("FWA0032", "The node '{node}' is part of a loop; use rejectTo or the return action to go back instead.", "节点“{node}”处于循环中；请改用 rejectTo 或退回操作回到前面的节点。");

    /// <summary>FWA0033: The branch '{target}' of fork '{node}' never reaches its join '{join}'.</summary>
    public static readonly MessageTemplate BranchMissesJoin = new("FWA0033", "The branch '{target}' of fork '{node}' never reaches its join '{join}'.", "并行分支节点“{node}”的分支“{target}”永远到达不了汇聚节点“{join}”。");

    /// <summary>FWA0034: A workflow needs nodes.</summary>
    public static readonly MessageTemplate NoNodes = new("FWA0034", "A workflow needs nodes.", "流程必须包含节点。");

    /// <summary>FWA0035: No automation named '{action}' is registered (node '{node}').</summary>
    public static readonly MessageTemplate UnknownAutomation = new("FWA0035", "No automation named '{action}' is registered (node '{node}').", "未注册名为“{action}”的自动化动作（节点“{node}”）。");

    /// <summary>FWA0036: Version {version} of workflow '{id}' is already deployed.</summary>
    public static readonly MessageTemplate VersionDeployed = new("FWA0036", "Version {version} of workflow '{id}' is already deployed.", "流程“{id}”的版本 {version} 已部署。");

    /// <summary>FWA0037: The workflow runs on form '{expected}' but was compiled with form '{actual}'.</summary>
    public static readonly MessageTemplate FormMismatch = new("FWA0037", "The workflow runs on form '{expected}' but was compiled with form '{actual}'.", "流程绑定表单“{expected}”，但编译时使用的是表单“{actual}”。");

    /// <summary>FWA0101: No deployed workflow '{id}' (version {version}).</summary>
    public static readonly MessageTemplate DefinitionNotFound = new("FWA0101", "No deployed workflow '{id}' (version {version}).", "没有已部署的流程“{id}”（版本 {version}）。");

    /// <summary>FWA0102: No workflow instance '{id}'.</summary>
    public static readonly MessageTemplate InstanceNotFound = new("FWA0102", "No workflow instance '{id}'.", "流程实例“{id}”不存在。");

    /// <summary>FWA0103: '{actor}' has no pending task on instance '{instance}'.</summary>
    public static readonly MessageTemplate NoPendingTask = new("FWA0103", "'{actor}' has no pending task on instance '{instance}'.", "“{actor}”在流程实例“{instance}”上没有待办任务。");

    /// <summary>FWA0104: Only the submitter '{submitter}' can {action} this instance.</summary>
    public static readonly MessageTemplate NotSubmitter = new("FWA0104", "Only the submitter '{submitter}' can {action} this instance.", "只有发起人“{submitter}”可以对该实例执行{actionChinese}。");

    /// <summary>FWA0105: The instance is {status}; {action} is not possible.</summary>
    public static readonly MessageTemplate WrongStatus = new("FWA0105", "The instance is {status}; {action} is not possible.", "实例状态为{statusChinese}，无法执行{actionChinese}。");

    /// <summary>FWA0106: The instance can no longer be withdrawn: '{by}' already decided at node '{node}'.</summary>
    public static readonly MessageTemplate AlreadyDecided = new("FWA0106", "The instance can no longer be withdrawn: '{by}' already decided at node '{node}'.", "实例已无法撤回：“{by}”已在节点“{node}”处理。");

    /// <summary>FWA0107: You may not change {label} at node '{node}' (the diagnostic's path is the field, or the subform cell such as <c>lines[0].unitPrice</c>).</summary>
    public static readonly MessageTemplate FieldNotWritable = new("FWA0107", "You may not change {label} at node '{node}'.", "您无权在节点“{node}”修改{label}。");

    /// <summary>FWA0108: Cannot return to '{target}': only the submitter or an approval or handler node the instance already passed can be returned to.</summary>
    public static readonly MessageTemplate InvalidReturnTarget = new("FWA0108", "Cannot return to '{target}': only the submitter or an approval or handler node the instance already passed can be returned to.", "无法退回到“{target}”：只能退回到发起人，或流程已经过的审批或办理节点。");

    /// <summary>FWA0109: Cannot transfer to '{target}': {reason}.</summary>
    public static readonly MessageTemplate InvalidTransferTarget = new("FWA0109", "Cannot transfer to '{target}': {reason}.", "无法转交给“{target}”：{reasonChinese}。");

    /// <summary>FWA0110: No approver was found for node '{node}' and the workflow refuses to continue.</summary>
    public static readonly MessageTemplate NoApprovers = new("FWA0110", "No approver was found for node '{node}' and the workflow refuses to continue.", "节点“{node}”没有找到审批人，按流程设置不能继续。");

    /// <summary>FWA0111: An idempotency key is required.</summary>
    public static readonly MessageTemplate IdempotencyKeyRequired = new("FWA0111", "An idempotency key is required.", "必须提供幂等键（idempotency key）。");

    /// <summary>FWA0112: The instance '{id}' already exists (started with another idempotency key).</summary>
    public static readonly MessageTemplate InstanceExists = new("FWA0112", "The instance '{id}' already exists (started with another idempotency key).", "流程实例“{id}”已存在（使用了不同的幂等键）。");

    /// <summary>FWA0113: '{actor}' is not a participant of instance '{instance}' and has no role allowed to view it.</summary>
    public static readonly MessageTemplate CannotView = new("FWA0113", "'{actor}' is not a participant of instance '{instance}' and has no role allowed to view it.", "“{actor}”不是流程实例“{instance}”的参与人，也没有可查看该实例的角色。");

    /// <summary>FWA0114: The instance '{id}' kept changing; the action was not applied after {attempts} attempts.</summary>
    public static readonly MessageTemplate TooManyConflicts = new("FWA0114", "The instance '{id}' kept changing; the action was not applied after {attempts} attempts.", "流程实例“{id}”持续被修改，尝试 {attempts} 次后仍未执行该操作。");

    /// <summary>FWA0115: The node '{node}' is a handler node: it can be completed or returned, not rejected.</summary>
    public static readonly MessageTemplate HandlerCannotReject = new("FWA0115", "The node '{node}' is a handler node: it can be completed or returned, not rejected.", "节点“{node}”是办理节点，只能办理或退回，不能驳回。");

    /// <summary>FWA0117: Cannot add '{signer}' as a signer: {reason}.</summary>
    public static readonly MessageTemplate InvalidSigner = new("FWA0117", "Cannot add '{signer}' as a signer: {reason}.", "无法加签“{signer}”：{reasonChinese}。");

    /// <summary>FWA0118: This action ({action}) cannot change form fields; change them when approving, completing or resubmitting.</summary>
    public static readonly MessageTemplate ChangesNotAllowed = new("FWA0118", "This action ({action}) cannot change form fields; change them when approving, completing or resubmitting.", "该操作（{actionChinese}）不能修改表单字段；请在同意、办理或重新提交时修改。");

    /// <summary>FWA0119: The workflow took more than {max} steps in one action.</summary>
    public static readonly MessageTemplate TooManySteps = new("FWA0119", "The workflow took more than {max} steps in one action.", "流程在一次操作中执行了超过 {max} 个步骤。");

    /// <summary>FWA0120: The task '{task}' is not a pending task of '{actor}'.</summary>
    public static readonly MessageTemplate UnknownTask = new("FWA0120", "The task '{task}' is not a pending task of '{actor}'.", "任务“{task}”不是“{actor}”的待办任务。");
}
