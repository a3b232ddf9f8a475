using System.Threading;
using System.Threading.Tasks;

namespace Formwork.Stores;

/// <summary>Hands out numbers of named sequences (serial-number fields such as <c>HT-20260115-0001</c>): each number once, even under concurrency.</summary>
public interface ISequenceStore
{
    /// <summary>Returns the next number of a sequence; a new sequence starts at 1.</summary>
    /// <param name="sequence">The sequence name, such as <c>contract/serial/20260115</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The number.</returns>
    Task<long> NextAsync(string sequence, CancellationToken cancellationToken = default);
}
