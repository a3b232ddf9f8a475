using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Formwork.Workflow.StateMachines.Internal;

/// <summary>
/// Maps the states or triggers of a definition to dense indexes. Small enums (the usual case) use a direct array
/// lookup on the enum's value; anything else uses a dictionary with the default equality.
/// </summary>
internal sealed class KeyIndex<T>
    where T : notnull
{
    private const int MaxDenseValue = 1024;
    private readonly Dictionary<T, int> _dictionary;
    private readonly int[]? _dense;

    public KeyIndex(IReadOnlyList<T> keys)
    {
        Keys = keys;
        Count = keys.Count;
        _dictionary = new Dictionary<T, int>(keys.Count);
        for (var i = 0; i < keys.Count; i++)
        {
            _dictionary.Add(keys[i], i);
        }

        if (typeof(T).IsEnum && keys.Count > 0)
        {
            var max = 0UL;
            foreach (var key in keys)
            {
                max = Math.Max(max, Raw(key));
            }

            if (max < MaxDenseValue)
            {
                _dense = new int[(int)max + 1];
                Array.Fill(_dense, -1);
                for (var i = 0; i < keys.Count; i++)
                {
                    _dense[(int)Raw(keys[i])] = i;
                }
            }
        }
    }

    public IReadOnlyList<T> Keys { get; }

    public int Count { get; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int IndexOf(T key)
    {
        if (_dense is { } dense)
        {
            var raw = Raw(key);
            return raw < (ulong)dense.Length ? dense[(int)raw] : -1;
        }

        return _dictionary.TryGetValue(key, out var index) ? index : -1;
    }

    /// <summary>Reads the bits of an enum value as an unsigned number (only called when <typeparamref name="T"/> is an enum).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Raw(T key) => Unsafe.SizeOf<T>() switch
    {
        1 => Unsafe.As<T, byte>(ref key),
        2 => Unsafe.As<T, ushort>(ref key),
        4 => Unsafe.As<T, uint>(ref key),
        _ => Unsafe.As<T, ulong>(ref key),
    };
}
