namespace BuildGuard.Core.Model;

/// <summary>
/// One problem found. <see cref="Message"/> never contains a secret value: at most
/// <see cref="Fingerprint"/>, a masked form made by <see cref="SecretMask"/>.
/// </summary>
public sealed record Finding(RuleDescriptor Rule, SourceLocation Location, string Message, string? Key = null, string? Fingerprint = null)
{
    public string Code => Rule.Code;
}
