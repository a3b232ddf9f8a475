namespace Formwork.Rules;

/// <summary>
/// A compiled rule set (an immutable Rete network), safe to share between threads; it creates sessions, each with its
/// own working memory and agenda.
/// </summary>
public interface ISessionFactory
{
    /// <summary>Gets the rule set the factory was compiled from.</summary>
    RuleSet RuleSet { get; }

    /// <summary>Creates a session.</summary>
    /// <param name="options">The session's settings; <see langword="null"/> for the defaults.</param>
    /// <returns>The session.</returns>
    ISession CreateSession(SessionOptions? options = null);
}
