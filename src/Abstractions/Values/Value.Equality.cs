using System;

namespace Formwork;

public readonly partial struct Value
{
    /// <summary>
    /// Compares two values by kind and content. Numbers compare by value (<c>1</c> equals <c>1.00</c>), date-times by
    /// instant, text ordinally, lists and tables item by item, references by form and record id.
    /// </summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when both values are of the same kind and content.</returns>
    public bool Equals(Value other)
    {
        if (_kind != other._kind)
        {
            return false;
        }

        switch (_kind)
        {
            case ValueKind.Blank:
                return true;
            case ValueKind.Number:
                return _number == other._number;
            case ValueKind.Text:
                return string.Equals((string)_obj!, (string)other._obj!, StringComparison.Ordinal);
            case ValueKind.List:
                return ListEquals(AsList(), other.AsList());
            case ValueKind.Table:
                var rows = AsTable();
                var otherRows = other.AsTable();
                if (rows.Count != otherRows.Count)
                {
                    return false;
                }

                for (var i = 0; i < rows.Count; i++)
                {
                    if (!rows[i].ContentEquals(otherRows[i]))
                    {
                        return false;
                    }
                }

                return true;
            case ValueKind.Reference:
                return AsReference().Equals(other.AsReference());
            case ValueKind.Boolean:
            case ValueKind.Error:
                return _small == other._small;
            default:
                return _number == other._number;
        }
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Value other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        switch (_kind)
        {
            case ValueKind.Blank:
                return 0;
            case ValueKind.Number:
                return HashCode.Combine(_kind, _number);
            case ValueKind.Text:
                return HashCode.Combine(_kind, StringComparer.Ordinal.GetHashCode((string)_obj!));
            case ValueKind.List:
                var hash = new HashCode();
                hash.Add(_kind);
                foreach (var item in AsList())
                {
                    hash.Add(item);
                }

                return hash.ToHashCode();
            case ValueKind.Table:
                return HashCode.Combine(_kind, AsTable().Count);
            case ValueKind.Reference:
                return HashCode.Combine(_kind, AsReference());
            case ValueKind.Boolean:
            case ValueKind.Error:
                return HashCode.Combine(_kind, _small);
            default:
                return HashCode.Combine(_kind, _number);
        }
    }

    /// <summary>
    /// Orders values: first by kind in the order of <see cref="ValueKind"/> (blank first, errors last), then by content.
    /// Text orders ordinally; use the formula language for Excel's case-insensitive comparison.
    /// </summary>
    /// <param name="other">The other value.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(Value other)
    {
        if (_kind != other._kind)
        {
            return _kind.CompareTo(other._kind);
        }

        switch (_kind)
        {
            case ValueKind.Blank:
                return 0;
            case ValueKind.Number:
                return _number.CompareTo(other._number);
            case ValueKind.Text:
                return string.CompareOrdinal((string)_obj!, (string)other._obj!);
            case ValueKind.List:
                var list = AsList();
                var otherList = other.AsList();
                for (var i = 0; i < Math.Min(list.Count, otherList.Count); i++)
                {
                    var c = list[i].CompareTo(otherList[i]);
                    if (c != 0)
                    {
                        return c;
                    }
                }

                return list.Count.CompareTo(otherList.Count);
            case ValueKind.Table:
                return AsTable().Count.CompareTo(other.AsTable().Count);
            case ValueKind.Reference:
                var r = AsReference();
                var o = other.AsReference();
                var byForm = string.CompareOrdinal(r.FormId, o.FormId);
                return byForm != 0 ? byForm : string.CompareOrdinal(r.RecordId, o.RecordId);
            case ValueKind.Boolean:
            case ValueKind.Error:
                return _small.CompareTo(other._small);
            default:
                return _number.CompareTo(other._number);
        }
    }

    /// <summary>Compares two values for equality; see <see cref="Equals(Value)"/>.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Value left, Value right) => left.Equals(right);

    /// <summary>Compares two values for inequality; see <see cref="Equals(Value)"/>.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(Value left, Value right) => !left.Equals(right);

    /// <summary>Orders two values; see <see cref="CompareTo(Value)"/>.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(Value left, Value right) => left.CompareTo(right) < 0;

    /// <summary>Orders two values; see <see cref="CompareTo(Value)"/>.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(Value left, Value right) => left.CompareTo(right) > 0;

    /// <summary>Orders two values; see <see cref="CompareTo(Value)"/>.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort after <paramref name="right"/>.</returns>
    public static bool operator <=(Value left, Value right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two values; see <see cref="CompareTo(Value)"/>.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort before <paramref name="right"/>.</returns>
    public static bool operator >=(Value left, Value right) => left.CompareTo(right) >= 0;

    private static bool ListEquals(System.Collections.Generic.IReadOnlyList<Value> a, System.Collections.Generic.IReadOnlyList<Value> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (!a[i].Equals(b[i]))
            {
                return false;
            }
        }

        return true;
    }
}
