namespace Commerce.Qualifications.Domain;

/// <summary>
/// A condition on the applicant's answers: the answer <paramref name="Answer"/> equals <paramref name="Value"/>
/// (ignoring case), or with <paramref name="Negate"/> does not. A missing answer equals nothing.
/// </summary>
internal sealed record RuleCondition(string Answer, string Value, bool Negate = false)
{
    public bool Holds(IReadOnlyDictionary<string, string> answers)
    {
        var equal = answers.TryGetValue(Answer, out var given) && string.Equals(given?.Trim(), Value, StringComparison.OrdinalIgnoreCase);
        return equal != Negate;
    }
}
