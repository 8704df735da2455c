using Commerce.Onboarding.Domain;

namespace Commerce.Onboarding.Tests;

public sealed class FieldRulesTests
{
    private static readonly UploadedFile Pdf = new("aa", "pdf", 10, "licence.pdf", DateTimeOffset.UnixEpoch);

    private static string? Check(FieldDefinition field, params string[] values) => FieldRules.Validate(field, values, sha => sha == Pdf.Sha256 ? Pdf : null);

    [Fact]
    public void Text_checks_length_and_pattern()
    {
        var code = new FieldDefinition("creditCode", "Credit code", FieldType.Text, Required: true, MaxLength: 18, Pattern: "[0-9A-Z]{18}");
        Assert.Null(Check(code, "91310000MA1FL8XQ3A"));
        Assert.Equal("The value does not have the expected format.", Check(code, "91310000ma1fl8xq3a"));
        Assert.Equal("At most 18 characters.", Check(code, "91310000MA1FL8XQ3AB"));
        Assert.True(FieldRules.IsMissing(code, []));
        Assert.True(FieldRules.IsMissing(code, [" "]));
    }

    [Fact]
    public void Numbers_dates_choices_files_and_agreements_have_their_own_rules()
    {
        Assert.Equal("At least 1.", Check(new FieldDefinition("staff", "Staff", FieldType.Number, Min: 1, Max: 100), "0"));
        Assert.Equal("Enter a number.", Check(new FieldDefinition("staff", "Staff", FieldType.Number), "many"));
        Assert.Null(Check(new FieldDefinition("founded", "Founded", FieldType.Date), "2020-02-29"));
        Assert.Equal("Enter a date as yyyy-MM-dd.", Check(new FieldDefinition("founded", "Founded", FieldType.Date), "2021-02-29"));
        var categories = new FieldDefinition("categories", "Categories", FieldType.Choice, Choices: [new("food", "Food"), new("tea", "Tea")], Multiple: true);
        Assert.Null(Check(categories, "food", "tea"));
        Assert.Equal("Pick one of the choices.", Check(categories, "food", "arms"));
        Assert.Equal("Only one value is allowed.", Check(categories with { Multiple = false }, "food", "tea"));
        var licence = new FieldDefinition("licence", "Licence", FieldType.File, AcceptedKinds: ["pdf"]);
        Assert.Null(Check(licence, "aa"));
        Assert.Equal("Upload the file first.", Check(licence, "bb"));
        Assert.Equal("The file must be one of: png.", Check(licence with { AcceptedKinds = ["png"] }, "aa"));
        Assert.Equal("Accept the agreement to continue.", Check(new FieldDefinition("terms", "Terms", FieldType.Agreement, AgreementText: "…"), "false"));
    }

    [Fact]
    public void Step_definitions_are_checked_before_they_are_stored()
    {
        var errors = StepDefinitionRules.Validate(
        [
            new StepDefinition("company", "Company", StepKind.Form,
            [
                new FieldDefinition("legalName", "Legal name", FieldType.Text, Binding: ProfileBindings.LegalName),
                new FieldDefinition("legalName", "Again", FieldType.Text),
                new FieldDefinition("kind", "Kind", FieldType.Choice),
                new FieldDefinition("code", "Code", FieldType.Text, Pattern: "(["),
                new FieldDefinition("other", "Other", FieldType.Text, Binding: ProfileBindings.LegalName),
            ]),
            new StepDefinition("Company", "", StepKind.Qualifications, [new FieldDefinition("x", "X", FieldType.Text)]),
        ]);

        Assert.Equal(
            ["steps[0].fields[1].key", "steps[0].fields[2].choices", "steps[0].fields[3].pattern", "steps[0].fields[4].binding", "steps[1].fields", "steps[1].key", "steps[1].title"],
            errors.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(StepDefinitionRules.Validate([new StepDefinition("company", "Company", StepKind.Form, [new FieldDefinition("legalName", "Legal name", FieldType.Text, Binding: ProfileBindings.LegalName)])]));
    }
}
