using Commerce.Merchants;
using Commerce.Merchants.Domain;

namespace Commerce.Merchants.Tests;

public sealed class CreditCodeTests
{
    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData(" 91350100m000100y43 ")] // typed in lower case, with spaces around
    public void A_code_with_its_check_character_is_valid(string code) => Assert.Null(UnifiedSocialCreditCode.Check(UnifiedSocialCreditCode.Normalize(code)));

    [Theory]
    [InlineData("91350100M000100Y44", "check character")] // last character changed
    [InlineData("91350100M000101Y43", "check character")] // one body character changed
    [InlineData("91350100M000100Y4", "18 characters")]
    [InlineData("91350100M000100I43", "capital letters other than")] // I is not in the alphabet
    [InlineData("9135A100M000100Y43", "region")]
    public void A_changed_code_is_refused_with_the_reason(string code, string reason)
        => Assert.Contains(reason, UnifiedSocialCreditCode.Check(UnifiedSocialCreditCode.Normalize(code)));

    [Fact]
    public void Normalizing_keeps_the_characters_and_drops_case_and_spaces()
        => Assert.Equal("91350100M000100Y43", UnifiedSocialCreditCode.Normalize(" 91350100m000100y43"));
}
