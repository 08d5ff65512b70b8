namespace BuildGuard.Core.Knowledge;

/// <summary>
/// Aho-Corasick automaton over ordinal keywords: one pass over a text reports every occurrence of
/// every keyword, so the cost of the credential prefilter does not grow with the number of patterns.
/// </summary>
public sealed class KeywordIndex
{
    private readonly List<Dictionary<char, int>> _next = [new()];
    private readonly List<int> _fail = [0];
    private readonly List<List<int>> _output = [[]];
    private readonly string[] _keywords;

    public KeywordIndex(IReadOnlyList<string> keywords)
    {
        _keywords = keywords.ToArray();
        for (var k = 0; k < _keywords.Length; k++)
        {
            var state = 0;
            foreach (var c in _keywords[k])
            {
                if (!_next[state].TryGetValue(c, out var target))
                {
                    target = _next.Count;
                    _next.Add([]);
                    _fail.Add(0);
                    _output.Add([]);
                    _next[state][c] = target;
                }

                state = target;
            }

            _output[state].Add(k);
        }

        var queue = new Queue<int>(_next[0].Values);
        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            foreach (var (c, target) in _next[state])
            {
                var fallback = _fail[state];
                while (fallback != 0 && !_next[fallback].ContainsKey(c))
                {
                    fallback = _fail[fallback];
                }

                _fail[target] = _next[fallback].TryGetValue(c, out var f) && f != target ? f : 0;
                _output[target].AddRange(_output[_fail[target]]);
                queue.Enqueue(target);
            }
        }
    }

    /// <summary>Every (keyword index, start offset) found in <paramref name="text"/>.</summary>
    public IEnumerable<(int Keyword, int Start)> Find(string text)
    {
        var state = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            while (state != 0 && !_next[state].ContainsKey(c))
            {
                state = _fail[state];
            }

            state = _next[state].TryGetValue(c, out var target) ? target : 0;
            foreach (var keyword in _output[state])
            {
                yield return (keyword, i - _keywords[keyword].Length + 1);
            }
        }
    }
}
