using Commerce.Problems;

namespace Commerce.Onboarding.Domain;

/// <summary>
/// An application refused a change. <see cref="RefusalException.Code"/> is stable (it becomes the problem type
/// <c>urn:commerce:problem:{code}</c>); <see cref="RefusalException.Errors"/> names the fields at fault, when there are any.
/// Bad input (<c>validation</c>, <c>incomplete</c>, <c>reason-required</c>) is a 400, an action out of order a 409, unless
/// the thrower says otherwise with <paramref name="kind"/>.
/// </summary>
internal sealed class ApplicationRuleException(string code, string message, IReadOnlyDictionary<string, string[]>? errors = null, RefusalKind? kind = null)
    : RefusalException(kind ?? KindOf(code), message, code, errors)
{
    private static RefusalKind KindOf(string code)
        => code is ApplicationRules.Validation or ApplicationRules.Incomplete or ApplicationRules.ReasonRequired ? RefusalKind.Invalid : RefusalKind.Conflict;
}
