namespace Formwork.Rules.Internal.Rete;

/// <summary>A complete match of a rule waiting on the agenda (or already fired).</summary>
internal sealed class Activation
{
    public Activation(TerminalNode terminal, Token token, long sequence)
    {
        Terminal = terminal;
        Token = token;
        Sequence = sequence;
    }

    public TerminalNode Terminal { get; }

    public Token Token { get; }

    public long Sequence { get; }

    public ActivationState State { get; set; }

    public int FireEpoch { get; set; }

    public int FireCount { get; set; }
}

internal enum ActivationState
{
    Pending,
    Fired,
    Cancelled,
    Filtered,
}
