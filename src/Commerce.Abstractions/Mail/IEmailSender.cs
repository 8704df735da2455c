namespace Commerce.Mail;

/// <summary>A plain-text e-mail.</summary>
/// <param name="MessageId">
/// A stable id for the message (letters, digits and dashes). A sender that is given the same id twice delivers one
/// message: the pickup folder writes the same file again, SMTP relays deduplicate by the Message-ID header.
/// Null lets the sender pick a fresh one.
/// </param>
public sealed record EmailMessage(string To, string Subject, string Body, string? MessageId = null);

/// <summary>
/// Sends e-mail for the current tenant. The identity feature's default writes <c>.eml</c> files to the tenant's
/// pickup folder (<c>App_Data/Sites/{tenant}/mail/</c>); a mail module can replace it.
/// </summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
