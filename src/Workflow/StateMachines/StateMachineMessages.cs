using Formwork.Diagnostics;

namespace Formwork.Workflow.StateMachines;

/// <summary>
/// The messages of the state machine core. Codes <c>FWW00xx</c> are configuration errors reported by
/// <see cref="StateMachineBuilder{TState, TTrigger}.Build"/>; codes <c>FWW01xx</c> are raised when firing. The codes are stable.
/// </summary>
public static class StateMachineMessages
{
    /// <summary><c>FWW0001</c>: a state is configured as its own superstate.</summary>
    public static readonly MessageTemplate SelfSuperstate = new(
        "FWW0001",
        "State '{state}' cannot be a substate of itself.",
        "状态“{state}”不能是它自己的子状态。");

    /// <summary><c>FWW0002</c>: the superstate relation has a cycle.</summary>
    public static readonly MessageTemplate SubstateCycle = new(
        "FWW0002",
        "The substates form a cycle: {cycle}.",
        "子状态关系形成了循环：{cycle}。");

    /// <summary><c>FWW0003</c>: a state is given two different superstates.</summary>
    public static readonly MessageTemplate ConflictingSuperstates = new(
        "FWW0003",
        "State '{state}' is configured as a substate of both '{first}' and '{second}'; a state has at most one superstate.",
        "状态“{state}”同时被配置为“{first}”和“{second}”的子状态；一个状态最多只能有一个父状态。");

    /// <summary><c>FWW0004</c>: two behaviours without guards handle the same trigger in the same state.</summary>
    public static readonly MessageTemplate AmbiguousConfiguration = new(
        "FWW0004",
        "State '{state}' has {count} behaviours without guards for trigger '{trigger}' ({behaviours}); at most one is allowed, add guards that exclude each other.",
        "状态“{state}”对触发器“{trigger}”配置了 {count} 个无守卫条件的行为（{behaviours}）；最多只能有一个，请添加互斥的守卫条件。");

    /// <summary><c>FWW0005</c>: an initial transition targets a state that is not a substate.</summary>
    public static readonly MessageTemplate InitialTransitionNotSubstate = new(
        "FWW0005",
        "The initial transition of state '{state}' goes to '{target}', which is not a substate of '{state}'.",
        "状态“{state}”的初始转换指向“{target}”，但它不是“{state}”的子状态。");

    /// <summary><c>FWW0006</c>: a state has more than one initial transition.</summary>
    public static readonly MessageTemplate DuplicateInitialTransition = new(
        "FWW0006",
        "State '{state}' has more than one initial transition ('{first}' and '{second}').",
        "状态“{state}”有多个初始转换（“{first}”和“{second}”）。");

    /// <summary><c>FWW0007</c>: <c>Permit</c> targets its own source state.</summary>
    public static readonly MessageTemplate PermitToSelf = new(
        "FWW0007",
        "State '{state}' permits trigger '{trigger}' to itself; use PermitReentry to exit and re-enter, or Ignore / InternalTransition to stay without exiting.",
        "状态“{state}”通过触发器“{trigger}”转换到自身；如需退出并重新进入请使用 PermitReentry，如需保持不变请使用 Ignore 或 InternalTransition。");

    /// <summary><c>FWW0008</c>: a trigger is given two different parameter lists.</summary>
    public static readonly MessageTemplate ConflictingTriggerParameters = new(
        "FWW0008",
        "Trigger '{trigger}' is configured with parameters ({first}) and ({second}); a trigger has one parameter list.",
        "触发器“{trigger}”被配置了两组参数（{first}）和（{second}）；一个触发器只能有一组参数。");

    /// <summary><c>FWW0009</c>: a parameterized trigger is used that the builder does not know.</summary>
    public static readonly MessageTemplate UnknownTriggerParameters = new(
        "FWW0009",
        "State '{state}' uses trigger '{trigger}' with parameters ({parameters}), but this builder declares {declared} for it; create parameterized triggers with SetTriggerParameters on the same builder.",
        "状态“{state}”以参数（{parameters}）使用触发器“{trigger}”，但此构建器为它声明的是 {declared}；请在同一个构建器上用 SetTriggerParameters 创建带参数的触发器。");

    /// <summary><c>FWW0101</c>: no behaviour handles the trigger in the current state.</summary>
    public static readonly MessageTemplate TriggerNotPermitted = new(
        "FWW0101",
        "No transition is permitted from state '{state}' for trigger '{trigger}'.",
        "状态“{state}”下不允许触发器“{trigger}”的任何转换。");

    /// <summary><c>FWW0102</c>: the trigger is configured but every guard blocks it.</summary>
    public static readonly MessageTemplate TriggerGuardedOut = new(
        "FWW0102",
        "Trigger '{trigger}' is configured in state '{state}' but these guard conditions are not met: {guards}.",
        "触发器“{trigger}”在状态“{state}”下已配置，但以下守卫条件不满足：{guards}。");

    /// <summary><c>FWW0103</c>: more than one guarded behaviour is permitted at once.</summary>
    public static readonly MessageTemplate AmbiguousTransition = new(
        "FWW0103",
        "Trigger '{trigger}' in state '{state}' has {count} behaviours whose guards are all met ({behaviours}); make the guards exclude each other.",
        "触发器“{trigger}”在状态“{state}”下有 {count} 个行为的守卫条件同时满足（{behaviours}）；请让守卫条件互斥。");

    /// <summary><c>FWW0104</c>: a trigger is fired with the wrong parameters.</summary>
    public static readonly MessageTemplate WrongTriggerArguments = new(
        "FWW0104",
        "Trigger '{trigger}' takes parameters ({expected}) but was fired with ({actual}).",
        "触发器“{trigger}”需要参数（{expected}），但触发时传入的是（{actual}）。");

    /// <summary><c>FWW0105</c>: a synchronous call on a machine with asynchronous actions.</summary>
    public static readonly MessageTemplate AsyncActionsNeedAsyncCall = new(
        "FWW0105",
        "This state machine has asynchronous actions (such as {action}); use {method}Async instead of {method}.",
        "此状态机包含异步动作（例如 {action}）；请使用 {method}Async 而不是 {method}。");

    /// <summary><c>FWW0106</c>: actions keep queueing triggers without end.</summary>
    public static readonly MessageTemplate TooManyQueuedTriggers = new(
        "FWW0106",
        "Firing '{trigger}' processed {limit} queued triggers without coming to rest (last state '{state}'); actions probably fire triggers in an endless loop.",
        "触发“{trigger}”时已处理 {limit} 个排队的触发器仍未结束（最后状态“{state}”）；动作很可能在无限循环地触发。");

    /// <summary><c>FWW0107</c>: immediate firing from actions nests too deeply.</summary>
    public static readonly MessageTemplate FiringTooDeep = new(
        "FWW0107",
        "Firing '{trigger}' from an action nests {limit} levels deep (state '{state}'); actions probably fire triggers in an endless loop.",
        "从动作中触发“{trigger}”嵌套了 {limit} 层（状态“{state}”）；动作很可能在无限循环地触发。");
}
