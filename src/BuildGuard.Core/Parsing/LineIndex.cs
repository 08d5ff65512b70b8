using System.Text;

namespace BuildGuard.Core.Parsing;

/// <summary>Maps a UTF-8 byte offset to a 1-based line and character column.</summary>
internal sealed class LineIndex
{
    private readonly byte[] _utf8;
    private readonly List<int> _lineStarts = [0];

    public LineIndex(byte[] utf8)
    {
        _utf8 = utf8;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public (int Line, int Column) Position(long byteOffset)
    {
        var offset = (int)Math.Clamp(byteOffset, 0, _utf8.Length);
        var index = _lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        var start = _lineStarts[line];
        var column = Encoding.UTF8.GetCharCount(_utf8, start, offset - start) + 1;
        return (line + 1, column);
    }

    /// <summary>Position of a byte offset within a given 0-based line (as JsonException reports it).</summary>
    public (int Line, int Column) Position(long zeroBasedLine, long bytePositionInLine)
    {
        var line = (int)Math.Clamp(zeroBasedLine, 0, _lineStarts.Count - 1);
        return Position(_lineStarts[line] + bytePositionInLine);
    }
}
