using Commerce.Merchants;

namespace Commerce.Qualifications.Tests;

public sealed class UnifiedSocialCreditCodeTests
{
    [Fact]
    public void The_worked_example_of_GB_32100_2015_is_valid_and_its_check_character_is_3()
    {
        Assert.True(UnifiedSocialCreditCode.IsValid("91350100M000100Y43"));
        Assert.Equal('3', UnifiedSocialCreditCode.CheckCharacter("91350100M000100Y4"));
    }

    // Codes of well-known companies as published on their business licences (Shenzhen and Hangzhou).
    [Theory]
    [InlineData("914403001922038216")]
    [InlineData("9144030071526726XG")]
    [InlineData("91330100799655058B")]
    [InlineData("91440300708461136T")]
    public void Published_codes_of_real_companies_are_valid(string code) => Assert.True(UnifiedSocialCreditCode.IsValid(code));

    [Theory]
    [InlineData("91350100M000100Y42", "wrong check character")]
    [InlineData("91350100M000100Y4", "17 characters")]
    [InlineData("91350100M000100Y433", "19 characters")]
    [InlineData("91350100M000I00Y43", "I is not in the alphabet")]
    [InlineData("91350100M000O00Y43", "O is not in the alphabet")]
    [InlineData("91350100M000S00Y43", "S is not in the alphabet")]
    [InlineData("91350100M000V00Y43", "V is not in the alphabet")]
    [InlineData("91350100M000Z00Y43", "Z is not in the alphabet")]
    [InlineData("91350100m000100y43", "lower case")]
    [InlineData("", "empty")]
    [InlineData(null, "null")]
    public void Anything_else_is_refused(string? code, string why) => Assert.False(UnifiedSocialCreditCode.IsValid(code), why);

    [Fact]
    public void A_check_value_of_zero_is_written_0()
    {
        // Find a body whose weighted sum is a multiple of 31: the check is then 31 - 0 = 31, written 0.
        for (var c = 0; c < 31; c++)
        {
            var body = "9135010000000000" + "0123456789ABCDEFGHJKLMNPQRTUWXY"[c];
            if (UnifiedSocialCreditCode.CheckCharacter(body) == '0')
            {
                Assert.True(UnifiedSocialCreditCode.IsValid(body + "0"));
                return;
            }
        }

        Assert.Fail("No body in the sweep has check character 0.");
    }

    [Fact]
    public void Every_single_character_change_is_caught()
    {
        const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        const string Valid = "91350100M000100Y43";
        for (var position = 0; position < Valid.Length; position++)
        {
            foreach (var replacement in Alphabet.Where(c => c != Valid[position]))
            {
                var changed = Valid[..position] + replacement + Valid[(position + 1)..];
                Assert.False(UnifiedSocialCreditCode.IsValid(changed), changed);
            }
        }
    }
}
