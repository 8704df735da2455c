namespace Commerce.Onboarding.Domain;

/// <summary>The kinds of field an admin can put on a step.</summary>
internal enum FieldType
{
    Text,
    Number,

    /// <summary>A calendar date, <c>yyyy-MM-dd</c>.</summary>
    Date,

    /// <summary>One of the listed choices, or several when the field allows it.</summary>
    Choice,

    /// <summary>A file uploaded to the application first; the value is its SHA-256 key.</summary>
    File,

    /// <summary>A text the applicant must accept; the value is <c>true</c>.</summary>
    Agreement,
}
