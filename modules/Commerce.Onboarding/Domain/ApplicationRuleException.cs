namespace Commerce.Onboarding.Domain;

/// <summary>
/// An application refused a change. <see cref="Code"/> is stable (it becomes the problem type
/// <c>urn:commerce:problem:{code}</c>); <see cref="Errors"/> names the fields at fault, when there are any.
/// </summary>
internal sealed class ApplicationRuleException(string code, string message, IReadOnlyDictionary<string, string[]>? errors = null)
    : Exception(message)
{
    public string Code { get; } = code;

    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors ?? new Dictionary<string, string[]>();
}
