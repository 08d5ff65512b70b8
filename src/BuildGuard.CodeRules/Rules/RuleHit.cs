using Microsoft.CodeAnalysis.Text;

namespace BuildGuard.CodeRules.Rules;

/// <summary>What a rule reports before it becomes a <see cref="CodeFinding"/> or a Diagnostic: code, span, message.</summary>
internal sealed class RuleHit
{
    public RuleHit(string code, TextSpan span, string message, bool alwaysError = false)
    {
        Code = code;
        Span = span;
        Message = message;
        AlwaysError = alwaysError;
    }

    public string Code { get; }

    public TextSpan Span { get; }

    public string Message { get; }

    public bool AlwaysError { get; }
}
