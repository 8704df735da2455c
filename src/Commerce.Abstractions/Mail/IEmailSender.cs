namespace Commerce.Mail;

/// <summary>A plain-text e-mail.</summary>
public sealed record EmailMessage(string To, string Subject, string Body);

/// <summary>
/// Sends e-mail for the current tenant. The identity feature's default writes <c>.eml</c> files to the tenant's
/// pickup folder (<c>App_Data/Sites/{tenant}/mail/</c>); a mail module can replace it.
/// </summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
