using System;
using System.Security.Cryptography;

namespace Formwork.Forms.Internal.Import;

/// <summary>
/// New record ids for an import: random (version 4) GUIDs in the "N" format, as <see cref="Guid.NewGuid"/> gives, but
/// drawn from the system's secure random generator 256 at a time instead of one call per record.
/// </summary>
internal sealed class RecordIds
{
    private const int PerFill = 256;
    private readonly byte[] _buffer = new byte[16 * PerFill];
    private int _next = PerFill;

    public string Next()
    {
        if (_next == PerFill)
        {
            RandomNumberGenerator.Fill(_buffer);
            _next = 0;
        }

        var bytes = _buffer.AsSpan(_next++ * 16, 16);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes).ToString("N");
    }
}
