namespace Commerce.Onboarding.Domain;

/// <summary>What a step asks for.</summary>
internal enum StepKind
{
    /// <summary>The fields the admin defined.</summary>
    Form,

    /// <summary>The documents the Qualifications requirement set asks for what the applicant chose (no fields of its own).</summary>
    Qualifications,

    /// <summary>A summary of everything entered, and the submit button.</summary>
    Review,
}
