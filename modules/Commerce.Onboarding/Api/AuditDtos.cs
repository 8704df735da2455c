namespace Commerce.Onboarding.Api;

/// <summary>One verdict: <c>item</c> is <c>{step}.{field}</c> or <c>document:{requirementKey}</c>.</summary>
public sealed record VerdictInput(string? Item, bool? Accepted, string? Reason);

/// <summary>Verdicts on the version the auditor read.</summary>
public sealed record VerdictsInput(int? Version, List<VerdictInput>? Verdicts);

/// <summary>A decision with its reason (required to reject).</summary>
public sealed record DecisionInput(int? Version, string? Reason);

/// <summary>An approval: the grade (null: the default grade) and an optional note.</summary>
public sealed record ApprovalInput(int? Version, string? GradeId, string? Reason);
