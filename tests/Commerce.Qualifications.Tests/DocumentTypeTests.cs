using Commerce.Qualifications.Domain;
using static Commerce.Qualifications.Tests.Subjects;

namespace Commerce.Qualifications.Tests;

/// <summary>What an upload must carry, per document type of the default catalog.</summary>
public sealed class DocumentTypeTests
{
    private readonly RuleIndex _index = DefaultCatalog.Index();

    private Dictionary<string, string[]> Validate(string type, string? number, DateOnly? issued, DateOnly? expires, string? authority = "市场监督管理局")
        => _index.DocumentTypes[type].Validate(number, issued, expires, authority, Today);

    [Fact]
    public void A_business_licence_needs_a_valid_credit_code_and_may_be_long_term()
    {
        Assert.Empty(Validate("business-licence", "91350100M000100Y43", Today.AddYears(-3), null));
        Assert.Empty(Validate("business-licence", " 91350100m000100y43 ", Today.AddYears(-3), null));
        Assert.Equal(["number"], Validate("business-licence", "91350100M000100Y42", Today.AddYears(-3), null).Keys);
        Assert.Equal(["number"], Validate("business-licence", null, Today, null).Keys);
        Assert.Equal(["issuingAuthority"], Validate("business-licence", "91350100M000100Y43", Today, null, authority: " ").Keys);
        Assert.Equal("91350100M000100Y43", _index.DocumentTypes["business-licence"].NormalizeNumber(" 91350100m000100y43 "));
    }

    [Fact]
    public void Patterns_must_match_the_whole_number()
    {
        Assert.Empty(Validate("food-business-licence", "JY13301060012345", Today, Today.AddYears(5)));
        Assert.Equal(["number"], Validate("food-business-licence", "XJY13301060012345", Today, Today.AddYears(5)).Keys);
        Assert.Equal(["number"], Validate("food-business-licence", "JY1330106001234", Today, Today.AddYears(5)).Keys);
        Assert.Empty(Validate("quality-inspection-report", "CNAS L1234", Today, null));
        Assert.Empty(Validate("quality-inspection-report", "160012050179", Today, null));
        Assert.Equal(["number"], Validate("quality-inspection-report", "ISO 9001", Today, null).Keys);
    }

    [Fact]
    public void Dates_must_make_sense()
    {
        Assert.Equal(["expiresOn"], Validate("food-business-licence", "JY13301060012345", Today, null).Keys);
        Assert.Equal(["expiresOn"], Validate("food-business-licence", "JY13301060012345", Today, Today.AddDays(-1)).Keys);
        Assert.Equal(["issuedOn"], Validate("food-business-licence", "JY13301060012345", Today.AddDays(1), Today.AddYears(5)).Keys);
        Assert.Equal(["issuedOn"], Validate("food-business-licence", "JY13301060012345", null, Today.AddYears(5)).Keys);
    }
}
